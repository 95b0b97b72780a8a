package com.evidenceassessor.web;

import com.evidenceassessor.report.CjkFontMissingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on the pages: said in one line on the page, never a stack trace. */
@ControllerAdvice(assignableTypes = { AssessmentPages.class, RulePages.class, BatchPages.class })
class PageErrors {

	@ExceptionHandler(MultipartException.class)
	ModelAndView badUpload(MultipartException ex) {
		String message = (ex instanceof MaxUploadSizeExceededException)
				? "上传内容超过大小限制（单个文件 25 MB，合计 200 MB）。The upload is over its size limit (25 MB a file, 200 MB in all)."
				: "无法读取上传内容（最多 120 个文件）。The upload cannot be read (at most 120 files).";
		return message(HttpStatus.PAYLOAD_TOO_LARGE, message);
	}

	@ExceptionHandler(CjkFontMissingException.class)
	ModelAndView noFont(CjkFontMissingException ex) {
		return message(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	private static ModelAndView message(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
