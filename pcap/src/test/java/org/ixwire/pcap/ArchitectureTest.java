package org.ixwire.pcap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** GUIDE §1: the library imports only the JDK, Netty buffer/common, Guava and JSpecify. */
class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ixwire.pcap");

  @Test
  void dependsOnlyOnAllowedPackages() {
    classes()
        .that()
        .resideInAPackage("org.ixwire.pcap..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.netty.buffer..",
            "io.netty.util..",
            "com.google.common..",
            "org.jspecify..",
            "org.ixwire.pcap..")
        .check(classes);
  }

  @Test
  void internalIsNotUsedFromOutsideTheModule() {
    classes()
        .that()
        .resideInAPackage("org.ixwire.pcap.internal..")
        .should()
        .onlyBeAccessed()
        .byClassesThat()
        .resideInAPackage("org.ixwire.pcap..")
        .check(classes);
  }
}
