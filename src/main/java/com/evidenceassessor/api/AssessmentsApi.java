package com.evidenceassessor.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.casefile.CaseFileReader;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.web.AssessmentSummary;
import com.evidenceassessor.web.CaseUploads;
import com.evidenceassessor.web.Channel;
import com.evidenceassessor.web.Languages;
import com.evidenceassessor.web.OpinionReports;
import com.evidenceassessor.web.StoredAssessment;
import com.evidenceassessor.web.Viewer;
import com.evidenceassessor.web.WebAssessments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/assessments}: assess a case, read past opinions and their reports. */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "assessments", description = "Assess a case; read an opinion and its PDF or HTML report.")
@ApiResponse(responseCode = "400",
		description = "Invalid input: a problem detail with file, line, column and field of the error",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in (HTTP Basic or API token)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Needs the LAWYER role",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such assessment among yours",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "413", description = "Upload or body over its size limit",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class AssessmentsApi {

	private static final String YAML = "application/yaml";

	private final WebAssessments assessments;

	private final CaseUploads uploads;

	private final OpinionReports reports;

	AssessmentsApi(WebAssessments assessments, CaseUploads uploads, OpinionReports reports) {
		this.assessments = assessments;
		this.uploads = uploads;
		this.reports = reports;
	}

	@Operation(summary = "Assess a case",
			description = "Send the case file (docs/case-file.md) as the body, as JSON or as YAML (Content-Type "
					+ "application/yaml), at most 2 MiB; or upload it as multipart/form-data with its bills and "
					+ "evidence files: part 'case' (case.yaml or case.json, required), parts 'bills' (.csv, .txt, "
					+ ".xlsx, .pdf) and parts 'evidence' (images, audio, video, PDF, office documents, text); an "
					+ "evidence file whose name matches a path in the case file is placed at that path; files are "
					+ "kept only while the case is assessed; at most 25 MB a file, 200 MB a request. Returns the "
					+ "opinion and keeps it. An invalid case is a 400 problem naming the file, line, column and "
					+ "field path.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = LegalCase.class)),
					@Content(mediaType = YAML, schema = @Schema(type = "string", description = "case.yaml")),
					@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = CaseUploadForm.class)) })
	@ApiResponse(responseCode = "201", description = "Assessed; Location names the assessment.")
	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AssessmentView> assessBody(HttpServletRequest request,
			@Parameter(
					description = "Scores and reasons only: skip the remediation plan and the range over unknown facts "
							+ "(faster).") @RequestParam(defaultValue = "false") boolean scoresOnly,
			@Parameter(hidden = true) Authentication user) throws IOException {
		byte[] body = BoundedBody.read(request, CaseFileReader.MAX_BYTES);
		boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
		CaseFile caseFile = CaseFileReader.parse(body, json ? "request body (JSON)" : "request body (YAML)", json,
				null);
		return created(this.assessments.assess(caseFile, scoresOnly, Viewer.of(user), Channel.API));
	}

	@Operation(hidden = true,
			summary = "Assess an uploaded case (documented with the operation above: "
					+ "OpenAPI has one operation per path and method)")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AssessmentView> assessUpload(@RequestPart("case") MultipartFile caseFile,
			@RequestPart(name = "bills", required = false) List<MultipartFile> bills,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			@RequestParam(defaultValue = "false") boolean scoresOnly, @Parameter(hidden = true) Authentication user) {
		CaseFile read = this.uploads.read(caseFile, bills, evidence);
		return created(this.assessments.assess(read, scoresOnly, Viewer.of(user), Channel.API));
	}

	@Operation(summary = "List past assessments",
			description = "Newest first: your own (an administrator sees everyone's).")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<AssessmentSummary> list(
			@Parameter(description = "At most this many (1–500).") @RequestParam(defaultValue = "50") int limit,
			@Parameter(hidden = true) Authentication user) {
		return this.assessments.history(Viewer.of(user), Math.min(500, Math.max(1, limit)));
	}

	@Operation(summary = "Get an assessment", description = "404 when it does not exist or is someone else's.")
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	AssessmentView get(@PathVariable String id, @Parameter(hidden = true) Authentication user) {
		return AssessmentView.of(find(id, user));
	}

	@Operation(summary = "The opinion as a PDF report",
			description = "Print-ready A4 with an embedded CJK font. 503 when the server has no CJK font.")
	@ApiResponse(responseCode = "200", description = "The PDF.",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id,
			@Parameter(description = "zh (default) or en") @RequestParam(defaultValue = "zh") String lang,
			@Parameter(hidden = true) Authentication user) {
		StoredAssessment stored = find(id, user);
		byte[] pdf = this.reports.pdf(stored, Languages.of(lang));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(OpinionReports.fileName(stored, "pdf")))
			.body(pdf);
	}

	@Operation(summary = "The opinion as a standalone HTML report", description = "One file, no scripts.")
	@ApiResponse(responseCode = "200", description = "The HTML page.",
			content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
	@GetMapping("/{id}/report.html")
	ResponseEntity<String> html(@PathVariable String id,
			@Parameter(description = "zh (default) or en") @RequestParam(defaultValue = "zh") String lang,
			@Parameter(hidden = true) Authentication user) {
		Lang language = Languages.of(lang);
		StoredAssessment stored = find(id, user);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.reports.html(stored, language));
	}

	private StoredAssessment find(String id, Authentication user) {
		return this.assessments.find(id, Viewer.of(user)).orElseThrow(() -> new AssessmentNotFoundException(id));
	}

	private static ResponseEntity<AssessmentView> created(StoredAssessment stored) {
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + stored.id())).body(AssessmentView.of(stored));
	}

	private static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
