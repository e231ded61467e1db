package cn.gongkai.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The places of the sample city that titles name: ten districts and counties (区/县), eight streets
 * or towns (街道/镇/乡) in each, eight communities or villages (社区/村) in each of those: 730 places.
 * Fixed, not drawn from the seed, as a city's map does not change from one sample to the next.
 */
final class Gazetteer {

  private static final int STREETS_PER_DISTRICT = 8;
  private static final int COMMUNITIES_PER_STREET = 8;
  private static final List<String> DISTRICTS = List.of("城东区", "城西区", "江北区", "高新区", "滨海新区",
      "南湖区", "北塘区", "临江县", "青山县", "云溪县");
  /** One per street or town, so none is named twice. */
  private static final List<String> TOWN_STEMS = List.of("东湖", "河西", "新华", "石桥", "白沙", "长安",
      "人民", "解放", "建设", "朝阳", "红星", "金山", "银湖", "龙泉", "凤凰", "青龙", "白云", "紫荆", "玉兰",
      "梅林", "松柏", "清河", "南山", "北岭", "西城", "东坝", "黄石", "柳林", "杨桥", "城关", "新港", "临港",
      "丰收", "光明", "前进", "胜利", "团结", "文昌", "民主", "振兴", "安康", "永安", "太平", "兴隆", "双龙",
      "三江", "五里", "七星", "九华", "十里", "百花", "沙河", "桃源", "杏林", "荷塘", "芦溪", "枫林", "桂园",
      "望江", "滨江", "观澜", "凤鸣", "卧龙", "天河", "月湖", "星沙", "锦城", "华阳", "石岭", "高桥", "马坡",
      "牛山", "鹤鸣", "龟山", "狮山", "象湖", "燕山", "鹿溪", "碧水", "金沙");
  /** Shared among streets: many cities have a 幸福社区 in more than one street. */
  private static final List<String> VILLAGE_STEMS = List.of("幸福", "和平", "桂花", "阳光", "花园", "锦绣",
      "康乐", "福寿", "吉祥", "如意", "春晖", "秋实", "金桥", "银杏", "翠竹", "绿洲", "青松", "红旗", "东风",
      "向阳", "育才", "书香", "文苑", "雅居", "富民", "兴业", "民安", "乐园", "东方", "南苑", "北苑", "西苑",
      "滨河", "沿江", "湖畔", "山水", "林海", "泉水", "荷花", "牡丹", "芙蓉", "海棠", "丁香", "石榴", "樱桃",
      "杨柳", "枣园", "梨园", "李家", "王家", "张庄", "刘湾", "陈坪", "赵岗", "周寨", "吴桥", "郑集", "孙圩",
      "马店", "何铺", "高岭", "罗坑", "梁庄", "宋河", "唐湾", "冯岭", "邓家", "曹庄", "彭湾", "曾坪", "肖岗",
      "田心", "董家", "袁河", "潘桥", "蒋庄", "蔡湾", "余坪", "杜岭", "叶家", "程岗", "苏庄", "魏湾", "吕河",
      "丁桥", "沈家", "姚岭", "卢湾", "崔庄", "钟坪", "谭家", "陆岗", "汪湾", "范桥", "金岭", "龙井", "凤岗");

  /** Created after the lists above, which it reads. */
  static final Gazetteer CITY = new Gazetteer();

  private final List<String> streets = new ArrayList<>();
  private final List<String> communities = new ArrayList<>();

  private Gazetteer() {
    for (int district = 0; district < DISTRICTS.size(); district++) {
      for (int street = 0; street < STREETS_PER_DISTRICT; street++) {
        int streetIndex = district * STREETS_PER_DISTRICT + street;
        String name = DISTRICTS.get(district) + TOWN_STEMS.get(streetIndex)
            + streetKind(DISTRICTS.get(district), street);
        streets.add(name);
        for (int community = 0; community < COMMUNITIES_PER_STREET; community++) {
          int stem = (streetIndex * COMMUNITIES_PER_STREET + community) * 37 % VILLAGE_STEMS.size();
          communities.add(name + VILLAGE_STEMS.get(stem) + (name.endsWith("街道") ? "社区" : "村"));
        }
      }
    }
  }

  /** A district or county: 城东区. */
  String district(Random random) {
    return DISTRICTS.get(random.nextInt(DISTRICTS.size()));
  }

  /** A street or town with its district: 城东区东湖街道, 临江县石桥镇. */
  String street(Random random) {
    return streets.get(random.nextInt(streets.size()));
  }

  /** A community or village with its street and district: 城东区东湖街道桂花社区. */
  String community(Random random) {
    return communities.get(random.nextInt(communities.size()));
  }

  /** The government of a street or town: 城东区东湖街道办事处, 临江县石桥镇人民政府. */
  String streetOffice(Random random) {
    String street = street(random);
    return street + (street.endsWith("街道") ? "办事处" : "人民政府");
  }

  /** A place at any level, the smaller the likelier, as most lists are published for one. */
  String place(Random random) {
    int level = random.nextInt(20);
    return level < 2 ? district(random) : level < 9 ? street(random) : community(random);
  }

  /** A name stem of the kind places and private institutions take: 桂花, 康乐. */
  String stem(Random random) {
    return VILLAGE_STEMS.get(random.nextInt(VILLAGE_STEMS.size()));
  }

  /** Every place name, for checks. */
  List<String> all() {
    List<String> all = new ArrayList<>(DISTRICTS);
    all.addAll(streets);
    all.addAll(communities);
    return all;
  }

  /** Districts have streets; counties have towns, and some townships. */
  private static String streetKind(String district, int street) {
    return !district.endsWith("县") ? "街道" : street % 4 == 3 ? "乡" : "镇";
  }
}
