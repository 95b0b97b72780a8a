package com.evidenceassessor.reliability;

/**
 * Rule text as code: comments and string literals blanked (line breaks kept, so offsets
 * and lines stay where they were), and helpers to locate an offset.
 */
final class CodeText {

	private CodeText() {
	}

	static String withoutCommentsAndStrings(String text) {
		StringBuilder code = new StringBuilder(text.length());
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			char next = (i + 1 < n) ? text.charAt(i + 1) : '\0';
			int end;
			if (c == '/' && next == '/') {
				end = lineEnd(text, i);
			}
			else if (c == '/' && next == '*') {
				int close = text.indexOf("*/", i + 2);
				end = (close < 0) ? n : close + 2;
			}
			else if (c == '"' || c == '\'') {
				end = literalEnd(text, i, c);
			}
			else {
				code.append(c);
				i++;
				continue;
			}
			blank(text, i, end, code);
			i = end;
		}
		return code.toString();
	}

	/** The 1-based line of an offset. */
	static int lineAt(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** The offset where brackets first nest deeper than {@code max}, or -1. */
	static int offsetDeeperThan(String code, int max) {
		int depth = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				if (++depth > max) {
					return i;
				}
			}
			else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
				depth--;
			}
		}
		return -1;
	}

	private static int lineEnd(String text, int from) {
		int end = text.indexOf('\n', from);
		return (end < 0) ? text.length() : end;
	}

	private static int literalEnd(String text, int from, char quote) {
		int i = from + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == quote || c == '\n') {
				return i + 1;
			}
			i++;
		}
		return text.length();
	}

	private static void blank(String text, int from, int to, StringBuilder code) {
		for (int i = from; i < Math.min(to, text.length()); i++) {
			code.append((text.charAt(i) == '\n') ? '\n' : ' ');
		}
	}

}
