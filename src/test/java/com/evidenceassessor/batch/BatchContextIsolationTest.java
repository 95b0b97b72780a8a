package com.evidenceassessor.batch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch job's Spring configuration lives only in the context the batch command
 * starts: a web application that scans the program's packages gets no job, no batch
 * tables and no job launched at start-up.
 */
class BatchContextIsolationTest {

	@Test
	void noBatchStoreOrGeneratorClassIsPickedUpByComponentScanning() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.evidenceassessor.batch", "com.evidenceassessor.store",
					"com.evidenceassessor.generate");
		noClasses().should()
			.beAnnotatedWith(Component.class)
			.orShould()
			.beMetaAnnotatedWith(Component.class)
			.orShould()
			.beAnnotatedWith(Configuration.class)
			.check(classes);
	}

	@Test
	void aContextScanningTheWholeProgramHasNoBatchJob() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			// The program's own packages outside the web (whose beans need the full Boot
			// context): a component scan of them must not pick up the batch job's
			// configuration.
			context.scan("com.evidenceassessor.batch", "com.evidenceassessor.store", "com.evidenceassessor.generate",
					"com.evidenceassessor.assessment", "com.evidenceassessor.rules", "com.evidenceassessor.report");
			context.refresh();
			assertThat(context.getBeanNamesForType(Job.class)).isEmpty();
			assertThat(context.getBeanNamesForType(BatchTables.class)).isEmpty();
		}
	}

}
