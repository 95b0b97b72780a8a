package com.evidenceassessor.web;

import java.util.Comparator;
import java.util.function.Supplier;

import com.evidenceassessor.rules.RuleInfo;
import com.evidenceassessor.rules.RuleSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules in service (each with its citation, the rule-set hash, the last reload and
 * its problems), the reload button for rule editors, and the statute texts.
 */
@Controller
class RulePages {

	private final Supplier<RuleSet> rules;

	private final RuleReloader reloader;

	private final StatuteBook statutes;

	RulePages(Supplier<RuleSet> rules, RuleReloader reloader, StatuteBook statutes) {
		this.rules = rules;
		this.reloader = reloader;
		this.statutes = statutes;
	}

	@GetMapping("/rules")
	String rules(Model model) {
		RuleSet ruleSet = this.rules.get();
		model.addAttribute("status", this.reloader.status());
		model.addAttribute("rules", ruleSet.allRules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList());
		model.addAttribute("statutes", this.statutes);
		return "web/rules";
	}

	@PostMapping("/rules/reload")
	String reload(RedirectAttributes redirect) {
		redirect.addFlashAttribute("reload", this.reloader.reload());
		return "redirect:/rules";
	}

	@GetMapping("/statutes")
	String statutes(Model model) {
		model.addAttribute("entries", this.statutes.entries());
		return "web/statutes";
	}

}
