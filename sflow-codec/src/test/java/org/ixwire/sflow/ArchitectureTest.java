package org.ixwire.sflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** GUIDE §1 rules for sflow-codec. */
@AnalyzeClasses(packages = "org.ixwire.sflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyAllowedDependencies =
      classes()
          .that()
          .resideInAPackage("org.ixwire.sflow..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "io.netty.buffer..",
              "io.netty.util..",
              "com.google.common..",
              "org.jspecify..",
              "org.ixwire.sflow..",
              "org.ixwire.pcap");

  @ArchTest
  static final ArchRule noOtherModulesInternals =
      noClasses()
          .that()
          .resideInAPackage("org.ixwire.sflow..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.ixwire.pcap.internal..", "org.ixwire.cli..", "org.ixwire.bench..");
}
