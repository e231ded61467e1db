package cn.gongkai.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The departments of the sample bureau, for a requested count: the {@linkplain CoreDepartments
 * core five} first (so the default of five writes what it always wrote), then the {@linkplain
 * FurtherDepartments further sections}, then numbered second, third... sections of the 科 among
 * them (社会救助二科), as a large bureau splits its busiest work. The office is always first.
 */
final class Bureau {

  /** The default, and what the demo writes. */
  static final int CORE = CoreDepartments.PROFILES.size();
  /** More files than this would mostly be numbered sections: no bureau is that large. */
  static final int MAX_DEPARTMENTS = 50;

  private final List<Department> departments;

  private Bureau(List<Department> departments) {
    this.departments = List.copyOf(departments);
  }

  /** The first {@code count} departments, 1 to {@link #MAX_DEPARTMENTS}. */
  static Bureau of(int count) {
    if (count < 1 || count > MAX_DEPARTMENTS) {
      throw new IllegalArgumentException(
          "departments must be within 1.." + MAX_DEPARTMENTS + ", was " + count);
    }
    List<DepartmentProfile> profiles = profiles(count);
    List<Department> departments = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      ExportLayout layout = index < CORE ? ExportLayouts.core(index) : ExportLayouts.derived(index);
      departments.add(new Department(index, profiles.get(index), layout));
    }
    return new Bureau(departments);
  }

  /** Every department, the office first; index {@code i} holds the department of index {@code i}. */
  List<Department> departments() {
    return departments;
  }

  Department office() {
    return departments.get(0);
  }

  int size() {
    return departments.size();
  }

  private static List<DepartmentProfile> profiles(int count) {
    List<DepartmentProfile> named = new ArrayList<>(CoreDepartments.PROFILES);
    named.addAll(FurtherDepartments.PROFILES);
    List<DepartmentProfile> sections = named.stream()
        .filter(profile -> profile.label().endsWith("科")).toList();
    List<DepartmentProfile> profiles = new ArrayList<>(named);
    for (int round = 2; profiles.size() < count; round++) {
      for (DepartmentProfile section : sections) {
        profiles.add(section.numbered(round));
      }
    }
    return profiles.subList(0, count);
  }
}
