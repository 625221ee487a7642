package org.ixwire.bgp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** GUIDE §1 layering rules for bgp-core. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ixwire.bgp");

  @Test
  void dependsOnlyOnTheAllowedLibraries() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.netty.buffer..",
            "io.netty.util..",
            "com.google.common..",
            "org.jspecify..",
            "org.ixwire.bgp..")
        .check(CLASSES);
  }

  @Test
  void spiDoesNotDependOnImplementation() {
    noClasses()
        .that()
        .resideInAPackage("org.ixwire.bgp.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ixwire.bgp.internal..")
        .check(CLASSES);
  }

  @Test
  void noNettyTransportOrCodec() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.netty.channel..", "io.netty.handler..")
        .check(CLASSES);
  }
}
