package com.evidenceassessor.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.evidenceassessor.casefile.CaseFile;
import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.ChatScope;
import com.evidenceassessor.facts.Extractor;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.ObtainedBy;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.report.Lang;
import com.evidenceassessor.rules.RuleSet;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The lawyer's pages: a new assessment (upload a case, or the guided quick check), the
 * opinion with its chart and downloads, and the history.
 */
@Controller
class AssessmentPages {

	private final WebAssessments assessments;

	private final CaseUploads uploads;

	private final OpinionReports reports;

	private final Supplier<RuleSet> rules;

	private final StatuteBook statutes;

	private final Clock clock;

	AssessmentPages(WebAssessments assessments, CaseUploads uploads, OpinionReports reports, Supplier<RuleSet> rules,
			StatuteBook statutes, Clock clock) {
		this.assessments = assessments;
		this.uploads = uploads;
		this.reports = reports;
		this.rules = rules;
		this.statutes = statutes;
		this.clock = clock;
	}

	@GetMapping("/assessments/new")
	ModelAndView newAssessment() {
		return newPage(QuickCheck.blank(LocalDate.now(this.clock)), null, null, HttpStatus.OK);
	}

	@PostMapping("/assessments")
	ModelAndView upload(@RequestPart(name = "case", required = false) MultipartFile caseFile,
			@RequestPart(name = "bills", required = false) List<MultipartFile> bills,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			@RequestParam(defaultValue = "false") boolean scoresOnly, Authentication user) {
		try {
			CaseFile read = this.uploads.read(caseFile, bills, evidence);
			return redirectTo(this.assessments.assess(read, scoresOnly, Viewer.of(user), Channel.UPLOAD));
		}
		catch (InputException ex) {
			return newPage(QuickCheck.blank(LocalDate.now(this.clock)), ex.getMessage(), null, HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/assessments/quick")
	ModelAndView quickCheck(@ModelAttribute QuickCheck form, Authentication user) {
		try {
			return redirectTo(this.assessments.assess(form.toCaseFile(), false, Viewer.of(user), Channel.FORM));
		}
		catch (InputException ex) {
			return newPage(form, null, ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/assessments/{id}")
	String opinion(@PathVariable String id, Authentication user, Model model) {
		model.addAttribute("page", OpinionPage.of(find(id, user), this.rules.get(), this.statutes));
		return "web/opinion";
	}

	@GetMapping("/assessments/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication user, Locale locale) {
		StoredAssessment stored = find(id, user);
		return download(this.reports.pdf(stored, Languages.of(locale)), MediaType.APPLICATION_PDF,
				OpinionReports.fileName(stored, "pdf"));
	}

	@GetMapping("/assessments/{id}/report.html")
	ResponseEntity<byte[]> html(@PathVariable String id, Authentication user, Locale locale) {
		StoredAssessment stored = find(id, user);
		Lang lang = Languages.of(locale);
		return download(this.reports.html(stored, lang).getBytes(StandardCharsets.UTF_8),
				new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), OpinionReports.fileName(stored, "html"));
	}

	@GetMapping("/assessments/{id}/opinion.json")
	ResponseEntity<byte[]> json(@PathVariable String id, Authentication user) throws Exception {
		StoredAssessment stored = find(id, user);
		return download(Json.json().writeValueAsBytes(stored.opinion()), MediaType.APPLICATION_JSON,
				OpinionReports.fileName(stored, "json"));
	}

	@GetMapping("/assessments")
	String history(Authentication user, Model model) {
		model.addAttribute("assessments", this.assessments.history(Viewer.of(user), 200));
		return "web/history";
	}

	private ModelAndView newPage(QuickCheck form, String uploadError, String formError, HttpStatus status) {
		ModelAndView page = new ModelAndView("web/new", status);
		page.addObject("form", form);
		page.addObject("uploadError", uploadError);
		page.addObject("formError", formError);
		page.addObject("kinds", QuickCheck.choices(ItemKind.class));
		page.addObject("chats", QuickCheck.choices(ChatScope.class));
		page.addObject("causes", QuickCheck.choices(CauseOfAction.class));
		page.addObject("claimants", List.of("seller", "buyer"));
		page.addObject("forms", QuickCheck.choices(SubmissionForm.class));
		page.addObject("extractors", QuickCheck.choices(Extractor.class));
		page.addObject("obtainedBy", QuickCheck.choices(ObtainedBy.class));
		page.addObject("outside", QuickCheck.choices(OutsideEvidenceKind.class));
		page.addObject("elements", List.of("loanAgreed", "moneyDelivered", "debtAcknowledged", "repaymentDemanded",
				"goodsDelivered", "overtimeWorked", "statementPublished"));
		return page;
	}

	private StoredAssessment find(String id, Authentication user) {
		return this.assessments.find(id, Viewer.of(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such assessment"));
	}

	private static ModelAndView redirectTo(StoredAssessment stored) {
		return new ModelAndView("redirect:/assessments/" + stored.id());
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
