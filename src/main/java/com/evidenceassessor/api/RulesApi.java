package com.evidenceassessor.api;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.web.RuleReloader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rules}: the rules in service, and putting edited rules into service. */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rules", description = "The rules in service and their reload.")
@ApiResponse(responseCode = "401", description = "Not signed in (HTTP Basic or API token)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Your role does not allow it",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class RulesApi {

	private final Supplier<RuleSet> rules;

	private final RuleReloader reloader;

	RulesApi(Supplier<RuleSet> rules, RuleReloader reloader) {
		this.rules = rules;
		this.reloader = reloader;
	}

	@Operation(summary = "The rules in service",
			description = "Each rule's id, citation, dimension, effect and reasons; the rule-set hash; the last "
					+ "reload and its problems. Needs LAWYER or RULE_EDITOR.")
	@GetMapping
	RuleBookView list() {
		return RuleBookView.of(this.rules.get(), this.reloader.status());
	}

	@Operation(summary = "Reload the rules from the rules folder",
			description = "Compiles the rules folder again. If it compiles, the new rules serve every assessment "
					+ "that starts from now on (assessments under way finish on the old ones). If not, the rules in "
					+ "service stay and the answer is a 422 problem listing each problem with its file and line. "
					+ "Needs RULE_EDITOR.")
	@ApiResponse(responseCode = "200", description = "The new rules are in service.")
	@ApiResponse(responseCode = "422", description = "The rules do not compile; the old ones stay in service.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping("/reload")
	ResponseEntity<?> reload() {
		RuleReloader.Reload reload = this.reloader.reload();
		if (reload.succeeded()) {
			return ResponseEntity.ok(reload);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				reload.problems().size() + " problem(s) in the rules; the rules in service (" + reload.hashInService()
						+ ") stay.");
		problem.setType(URI.create("urn:evidence-assessor:problem:rules-do-not-compile"));
		problem.setTitle("The rules do not compile");
		problem.setProperty("problems", List.copyOf(reload.problems()));
		problem.setProperty("hashInService", reload.hashInService());
		return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
