package com.evidenceassessor.api;

import java.net.URI;
import java.util.UUID;

import com.evidenceassessor.assessment.RunawayRulesException;
import com.evidenceassessor.report.CjkFontMissingException;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail. Bad input names where it is wrong in
 * extension members {@code file}, {@code line}, {@code column}, {@code field} and
 * {@code problem}; an internal error gives a reference to find it in the server log and
 * nothing else.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final String TYPE = "urn:evidence-assessor:problem:";

	@ExceptionHandler(InputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", ex.getMessage());
		Location at = ex.location();
		problem.setProperty("file", at.file());
		if (at.line() > 0) {
			problem.setProperty("line", at.line());
		}
		if (at.column() > 0) {
			problem.setProperty("column", at.column());
		}
		if (at.field() != null) {
			problem.setProperty("field", at.field());
		}
		problem.setProperty("problem", ex.problem());
		return respond(problem);
	}

	@ExceptionHandler(AssessmentNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(AssessmentNotFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "not-found", "No such assessment", ex.getMessage()));
	}

	@ExceptionHandler(RequestTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException ex) {
		return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large", ex.getMessage()));
	}

	@ExceptionHandler(CjkFontMissingException.class)
	ResponseEntity<ProblemDetail> noFont(CjkFontMissingException ex) {
		return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "no-cjk-font", "No CJK font for the PDF report",
				ex.getMessage()));
	}

	@ExceptionHandler(RunawayRulesException.class)
	ResponseEntity<ProblemDetail> runaway(RunawayRulesException ex) {
		return respond(problem(HttpStatus.UNPROCESSABLE_ENTITY, "rules-did-not-settle", "The rules did not settle",
				ex.getMessage()));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badUpload(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return respond(uploadTooLarge(tooLarge));
		}
		return respond(problem(HttpStatus.BAD_REQUEST, "bad-upload", "The upload cannot be read",
				"the multipart upload cannot be read (at most 120 parts, 25 MB a file, 200 MB in all): "
						+ rootMessage(ex)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> internal(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("internal error, reference {}", reference, ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"the server failed to answer; quote reference " + reference + " to the administrator");
		problem.setProperty("reference", reference);
		return respond(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(uploadTooLarge(ex));
	}

	private static ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Upload too large",
				"the upload is over its size limit (25 MB a file, 200 MB a request; "
						+ "spring.servlet.multipart.max-file-size and max-request-size)");
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
