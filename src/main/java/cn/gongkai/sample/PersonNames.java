package cn.gongkai.sample;

import java.util.List;
import java.util.Random;

/**
 * People's names for appointment notices (任免), deputies' proposals and lists of applicants: a
 * common surname and a given name of one or two characters, about a million combinations, all in
 * GB2312 as household registers write them.
 */
final class PersonNames {

  static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
      "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
      "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
      "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",
      "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶",
      "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "欧阳",
      "司马");
  static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌辉俊峰海燕红梅玲颖琳晨宇浩"
      + "然子涵欣怡思雨佳琪晓东志永春生德利民卫鹏飞云龙凤兰菊萍波宁安康慧婷倩雪琴新中长友福寿荣贵金玉珍丹"
      + "青松柏林森彬博武成功立正清泉江河山川晶亮光耀鑫";

  private PersonNames() {
  }

  /** A name such as 张伟 or 欧阳晓东. */
  static String next(Random random) {
    String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
    String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
    return random.nextInt(5) == 0 ? surname + given
        : surname + given + GIVEN.charAt(random.nextInt(GIVEN.length()));
  }
}
