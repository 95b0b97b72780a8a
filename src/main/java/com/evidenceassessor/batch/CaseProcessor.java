package com.evidenceassessor.batch;

import java.nio.file.Path;

import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.batch.PhaseTimings.Phase;
import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.report.HtmlRenderer;
import com.evidenceassessor.store.StoredOpinion;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.batch.item.ItemProcessor;

/**
 * Reads a case folder, assesses it with the shared assessor and renders what will be
 * written. A case whose files are invalid, or on which the assessor fails, becomes a
 * {@link CaseSkipped} with the reason and where. Stateless and thread-safe.
 */
final class CaseProcessor implements ItemProcessor<CaseRef, AssessedCase> {

	private final BatchSettings settings;

	CaseProcessor(BatchSettings settings) {
		this.settings = settings;
	}

	@Override
	public AssessedCase process(CaseRef ref) {
		PhaseTimings timings = this.settings.timings();
		long start = PhaseTimings.now();
		CaseFile caseFile;
		try {
			caseFile = CaseFileReader.read(ref.folder());
		}
		catch (InputException ex) {
			throw CaseSkipped.invalid(relativeTo(ex, ref));
		}
		finally {
			timings.add(Phase.READ, start);
		}
		try {
			return assess(ref, caseFile, timings);
		}
		catch (InputException ex) {
			throw CaseSkipped.invalid(relativeTo(ex, ref));
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw CaseSkipped.failed(ref, (ex instanceof RuntimeException r) ? r : new IllegalStateException(ex));
		}
	}

	private AssessedCase assess(CaseRef ref, CaseFile caseFile, PhaseTimings timings) {
		long start = PhaseTimings.now();
		Opinion opinion = this.settings.assessor().assess(caseFile, this.settings.mode().options());
		timings.add(Phase.ASSESS, start);
		start = PhaseTimings.now();
		String json = toJson(opinion);
		StoredOpinion stored = StoredOpinion.of(caseFile, opinion, this.settings.mode(), json,
				this.settings.clock().instant(), source(ref, caseFile));
		boolean html = this.settings.reports().contains(ReportFormat.html);
		String report = html ? this.settings.out().relativize(reportFile(ref)).toString().replace('\\', '/') : null;
		String rows = SummaryRows
			.of(ref.path(), caseFile.legalCase(), opinion, stored.opinionId(), report, this.settings.lang())
			.toJson();
		timings.add(Phase.JSON, start);
		start = PhaseTimings.now();
		String page = html ? HtmlRenderer.render(opinion, this.settings.lang()) : null;
		timings.add(Phase.HTML, start);
		return new AssessedCase(ref, stored, rows, page);
	}

	/**
	 * {@code <input>/<case folder>/case.yaml}, or
	 * {@code archive.zip!/<case folder>/case.yaml}.
	 */
	private String source(CaseRef ref, CaseFile caseFile) {
		String file = Path.of(caseFile.source()).getFileName().toString();
		String folder = ".".equals(ref.path()) ? "" : "/" + ref.path();
		return this.settings.sourceRoot() + folder + "/" + file;
	}

	Path reportFile(CaseRef ref) {
		return this.settings.caseOutput(ref.path()).resolve("report.html");
	}

	private static String toJson(Opinion opinion) {
		try {
			return Json.json().writeValueAsString(opinion);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The same problem with the file named relative to the input folder, the way the user
	 * sees the archive: {@code case-0042/case.yaml:12:5}, not a temporary path.
	 */
	private InputException relativeTo(InputException ex, CaseRef ref) {
		Location at = ex.location();
		String file = at.file();
		String root = this.settings.casesRoot().toString();
		if (file != null && file.startsWith(root)) {
			file = file.substring(root.length()).replace('\\', '/');
			file = file.startsWith("/") ? file.substring(1) : file;
		}
		return new InputException(new Location(file, at.line(), at.column(), at.field()), ex.problem(), ex);
	}

}
