package cn.gongkai.job;

import cn.gongkai.application.RegisterKind;
import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.publication.PublicationField;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file's {@link ReadPlan} as the job keeps it in its execution context, so that a restarted run
 * reads each file exactly as the interrupted one decided, even if config/sources changed meanwhile.
 *
 * @param explicitHeaders the source's own header names: normalized header to field key
 * @param register the kind of register ({@link RegisterKind} name) the file is; {@code null} for a
 *     publication list
 */
record FilePlan(
    String charset, char delimiter, String source, String organization, String department, String dateFormat,
    boolean flagsUndecodable, Map<String, String> explicitHeaders, String register) implements Serializable {

  FilePlan {
    explicitHeaders = new LinkedHashMap<>(explicitHeaders); // serializable, unlike Map.copyOf's
  }

  static FilePlan of(ReadPlan plan) {
    return of(plan, null);
  }

  static FilePlan of(ReadPlan plan, RegisterKind register) {
    Map<String, String> headers = new LinkedHashMap<>();
    plan.mapping().explicit().forEach((header, field) -> headers.put(header, field.key()));
    SourceDefaults defaults = plan.defaults();
    return new FilePlan(plan.charset().name(), plan.delimiter(), plan.source(), defaults.organization(),
        defaults.department(), defaults.dateFormat(), plan.flagsUndecodable(), headers,
        register == null ? null : register.name());
  }

  /** Whether the file is a register of applications or cases, not a publication list. */
  boolean isRegister() {
    return register != null;
  }

  RegisterKind registerKind() {
    return RegisterKind.valueOf(register);
  }

  ReadPlan toReadPlan() {
    Map<String, PublicationField> headers = new LinkedHashMap<>();
    explicitHeaders.forEach((header, key) -> headers.put(header, PublicationField.byName(key).orElseThrow()));
    return new ReadPlan(Charset.forName(charset), delimiter, HeaderMapping.defaults().withExplicit(headers),
        new SourceDefaults(organization, department, dateFormat), source, flagsUndecodable);
  }
}
