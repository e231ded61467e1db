package cn.gongkai.sample;

import cn.gongkai.publication.Disclosure;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Makes the publications of the sample, one at a time and in ascending creation date: title,
 * numbers, dates, channels and the category a clerk declares. Every choice comes from the one
 * {@link Random}, so the sequence of calls fixes the result.
 */
final class PublicationFactory {

  /** Draws that must give a title not used this year yet: a preference, given up first. */
  private static final int FRESH_ATTEMPTS = 12;
  /** Draws that must give a title that is no probable duplicate of its neighbours. */
  private static final int STRICT_ATTEMPTS = 32;
  private static final int LENIENT_ATTEMPTS = 8;
  private static final String GAZETTE = "政府网站、政府公报";
  private static final WeightedChoice<String> CHANNELS = WeightedChoice.of(
      List.of("政府网站", GAZETTE, "政府网站,微信公众号", "政府网站；政务微博", "政府网站、公开栏", ""),
      60, 8, 14, 3, 3, 12);
  private static final DateTimeFormatter URL_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
  private static final DateTimeFormatter URL_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final OrganizationNames names;
  private final LocalDate lastDay;
  private final Random random;
  private final TitleComposer composer;
  private final DocumentNumbering numbering;
  private final DocumentStatus status;
  private final CategoryDeclarations declarations;
  private final PublishedTitles titles = new PublishedTitles();

  PublicationFactory(SampleSpec spec, CategoryDeclarations declarations, Random random) {
    this.names = new OrganizationNames(spec.organization());
    this.declarations = declarations;
    this.lastDay = LocalDate.of(spec.lastYear(), 12, 31);
    this.random = random;
    this.composer = new TitleComposer(names, random);
    this.numbering = new DocumentNumbering(names, random);
    this.status = new DocumentStatus(lastDay, random);
  }

  /**
   * A new publication of {@code department}, created on {@code created}, which must not precede
   * the creation date of the previous call (titles of past days are forgotten).
   */
  SamplePublication create(Department department, LocalDate created) {
    titles.forgetBefore(created);
    SampleCategory category = department.categories().pick(random);
    LocalDate published = publishedDate(created);
    TitledTemplate titled = title(category, department, created, published);
    Optional<DocNumber> docNo =
        numbering.nextDocNo(titled.template().numbering(), created.getYear());
    String indexNo = numbering.nextIndexNo(created.getYear());
    DocumentStatus.Status regulatory = status.of(docNo, titled.title(), published);
    return new SamplePublication(indexNo, titled.title(), docNo.map(DocNumber::text).orElse(""),
        random.nextDouble() < 0.9 ? names.organization() : "", department, created, published,
        publishedTime(), disclosure(), channels(docNo), category,
        declared(department, category), regulatory.docType(), regulatory.validity(),
        regulatory.repealedDate(), url(indexNo, published));
  }

  /**
   * The office's re-export of {@code original}: same index number, title, document number and
   * dates; the office names the publisher, words the category its own way and often adds the
   * gazette as a channel.
   */
  SamplePublication reexport(SamplePublication original, Department office) {
    String channels = random.nextDouble() < 0.4 ? GAZETTE
        : original.channels().isEmpty() ? "政府网站" : original.channels();
    return original.reexported(channels, declared(office, original.category()),
        names.organization());
  }

  /**
   * A title of {@code category} that is no probable duplicate of one published a few days around
   * and, if one turns up within a few draws, not given out this year yet; in a window too crowded
   * for that, one merely unique on its publication day; failing that, a unique numbered variant.
   */
  private TitledTemplate title(SampleCategory category, Department department, LocalDate created,
      LocalDate published) {
    int year = created.getYear();
    for (int attempt = 0; attempt < STRICT_ATTEMPTS + LENIENT_ATTEMPTS; attempt++) {
      TitledTemplate titled = draftTitle(category, department, created);
      boolean strict = attempt < STRICT_ATTEMPTS;
      boolean fresh = attempt >= FRESH_ATTEMPTS || !titles.isStale(titled.title(), year);
      if (fresh && titles.claim(titled.template(), titled.title(), year, published, strict)) {
        return titled;
      }
    }
    TitledTemplate titled = draftTitle(category, department, created);
    for (int part = 2; ; part++) {
      String numbered = titled.title() + "（" + part + "）";
      if (titles.claim(titled.template(), numbered, year, published, false)) {
        return new TitledTemplate(titled.template(), numbered);
      }
    }
  }

  private TitledTemplate draftTitle(SampleCategory category, Department department,
      LocalDate created) {
    List<TitleTemplate> templates = TitleCatalog.templates(category);
    TitleTemplate template = templates.get(random.nextInt(templates.size()));
    return new TitledTemplate(template, composer.compose(template, department, created));
  }

  /** Mostly within days, sometimes weeks, rarely over 40 days; never after the last year. */
  private LocalDate publishedDate(LocalDate created) {
    double draw = random.nextDouble();
    int lag = draw < 0.45 ? random.nextInt(4)
        : draw < 0.80 ? 4 + random.nextInt(11)
        : draw < 0.94 ? 15 + random.nextInt(14) : 29 + random.nextInt(12);
    LocalDate published = created.plusDays(lag);
    return published.isAfter(lastDay) ? lastDay : published;
  }

  private LocalTime publishedTime() {
    return LocalTime.of(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
  }

  private String disclosure() {
    boolean onRequest = random.nextDouble() < 0.03;
    return (onRequest ? Disclosure.ON_REQUEST : Disclosure.PROACTIVE).label();
  }

  private String channels(Optional<DocNumber> docNo) {
    boolean regulatory = docNo.map(number -> number.kind().regulatory()).orElse(false);
    String picked = CHANNELS.pick(random);
    return regulatory && random.nextBoolean() ? GAZETTE : picked;
  }

  /** The category as {@code department} declares it: often not at all, sometimes in its words. */
  private String declared(Department department, SampleCategory category) {
    if (!declarations.declares(department, random)) {
      return "";
    }
    List<String> ownWords = category.ownWords();
    return random.nextDouble() < 0.3 ? ownWords.get(random.nextInt(ownWords.size()))
        : category.label();
  }

  private static String url(String indexNo, LocalDate published) {
    String sequence = indexNo.substring(indexNo.lastIndexOf('-') + 1);
    return "https://www.example.gov.cn/mzj/xxgk/" + URL_MONTH.format(published) + "/t"
        + URL_DAY.format(published) + "_" + sequence + ".html";
  }

  private record TitledTemplate(TitleTemplate template, String title) {
  }
}
