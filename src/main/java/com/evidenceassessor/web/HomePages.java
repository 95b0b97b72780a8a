package com.evidenceassessor.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page each role lands on. */
@Controller
class HomePages {

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

	@GetMapping("/")
	String home(Authentication user) {
		boolean lawyer = user.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_LAWYER") || a.getAuthority().equals("ROLE_ADMIN"));
		return lawyer ? "redirect:/assessments/new" : "redirect:/rules";
	}

}
