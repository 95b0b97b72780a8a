package com.evidenceassessor.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body up to a limit, never more. */
final class BoundedBody {

	private BoundedBody() {
	}

	static byte[] read(HttpServletRequest request, long limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw new RequestTooLargeException(limit);
		}
		byte[] body = request.getInputStream().readNBytes((int) limit + 1);
		if (body.length > limit) {
			throw new RequestTooLargeException(limit);
		}
		return body;
	}

}
