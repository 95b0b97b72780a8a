package com.evidenceassessor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The batch jobs page: the runs the batch job wrote, and their summaries to download. */
@Controller
class BatchPages {

	private final BatchRuns runs;

	BatchPages(BatchRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/batches")
	String batches(Model model) {
		model.addAttribute("location", this.runs.location());
		model.addAttribute("runs", this.runs.list());
		return "web/batches";
	}

	@GetMapping("/batches/{run}/{file}")
	ResponseEntity<byte[]> summary(@PathVariable String run, @PathVariable String file) throws IOException {
		Path path = this.runs.summaryFile(run, file)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such summary"));
		MediaType type = file.endsWith(".csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(run + "-" + file, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(Files.readAllBytes(path));
	}

}
