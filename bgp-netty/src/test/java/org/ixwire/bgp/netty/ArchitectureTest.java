package org.ixwire.bgp.netty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** GUIDE §1 layering rules for bgp-netty: Netty transport and codec, bgp-core's public API. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ixwire.bgp.netty");

  @Test
  void dependsOnlyOnTheAllowedLibraries() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.netty.buffer..",
            "io.netty.util..",
            "io.netty.channel..",
            "io.netty.bootstrap..",
            "io.netty.handler.codec",
            "com.google.common..",
            "org.jspecify..",
            "org.ixwire.bgp",
            "org.ixwire.bgp.message..",
            "org.ixwire.bgp.attribute..",
            "org.ixwire.bgp.capability..",
            "org.ixwire.bgp.nlri..",
            "org.ixwire.bgp.error..",
            "org.ixwire.bgp.netty..")
        .check(CLASSES);
  }

  @Test
  void doesNotTouchBgpCoreInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ixwire.bgp.internal..")
        .check(CLASSES);
  }
}
