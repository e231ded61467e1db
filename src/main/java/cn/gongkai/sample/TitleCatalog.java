package cn.gongkai.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The title templates of each category, modelled on what bureaus of civil affairs publish
 * ({@link AdministrativeTitles} for documents about the bureau's own work, {@link ServiceTitles}
 * for news, enforcement and the lists of its services). Many templates per category, most with
 * two or more varying parts (a place, a person, a programme, a number), so that a large sample's
 * titles do not repeat; the placeholders are the keys {@link TitleComposer} knows.
 */
final class TitleCatalog {

  private static final Map<SampleCategory, List<TitleTemplate>> TEMPLATES = catalog();

  private TitleCatalog() {
  }

  /** The templates of a category; never empty. */
  static List<TitleTemplate> templates(SampleCategory category) {
    return TEMPLATES.get(category);
  }

  private static Map<SampleCategory, List<TitleTemplate>> catalog() {
    Map<SampleCategory, List<TitleTemplate>> catalog = new EnumMap<>(SampleCategory.class);
    for (SampleCategory category : SampleCategory.values()) {
      catalog.put(category, switch (category) {
        case POLICY_DOCUMENT -> AdministrativeTitles.policyDocuments();
        case POLICY_INTERPRETATION -> AdministrativeTitles.interpretations();
        case PERSONNEL -> AdministrativeTitles.personnel();
        case BUDGET -> AdministrativeTitles.budgets();
        case PLANNING -> AdministrativeTitles.plans();
        case PROPOSALS -> AdministrativeTitles.proposalReplies();
        case WORK_NEWS -> ServiceTitles.workNews();
        case ENFORCEMENT -> ServiceTitles.enforcement();
        case SOCIAL_ASSISTANCE -> ServiceTitles.socialAssistance();
        case EMPLOYMENT -> ServiceTitles.employment();
        case SOCIAL_SECURITY -> ServiceTitles.socialSecurity();
      });
    }
    return catalog;
  }
}
