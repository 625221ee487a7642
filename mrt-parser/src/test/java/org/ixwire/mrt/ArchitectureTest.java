package org.ixwire.mrt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** GUIDE §1 rules for mrt-parser. */
@AnalyzeClasses(packages = "org.ixwire.mrt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyAllowedDependencies =
      classes()
          .that()
          .resideInAPackage("org.ixwire.mrt..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "io.netty.buffer..",
              "io.netty.util..",
              "com.google.common..",
              "org.jspecify..",
              "org.apache.commons.compress..",
              "org.tukaani.xz..",
              "com.github.luben.zstd..",
              "org.ixwire.bgp",
              "org.ixwire.bgp.message..",
              "org.ixwire.bgp.attribute..",
              "org.ixwire.bgp.nlri..",
              "org.ixwire.bgp.error..",
              "org.ixwire.mrt..");

  @ArchTest
  static final ArchRule noOtherModulesInternals =
      noClasses()
          .that()
          .resideInAPackage("org.ixwire.mrt..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.ixwire.bgp.internal..", "org.ixwire.cli..", "org.ixwire.bench..");

  @ArchTest
  static final ArchRule recordViewsDoNotUseTheReaderOrFormatter =
      noClasses()
          .that()
          .resideInAPackage("org.ixwire.mrt.record..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.ixwire.mrt.format..");
}
