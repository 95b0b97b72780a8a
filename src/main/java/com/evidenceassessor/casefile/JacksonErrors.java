package com.evidenceassessor.casefile;

import java.io.IOException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's exceptions into located, readable input errors. */
public final class JacksonErrors {

	/**
	 * The value Jackson quotes when it refuses to coerce one ("Cannot coerce String value
	 * ("maybe") ...").
	 */
	private static final Pattern COERCED_VALUE = Pattern.compile("^Cannot coerce \\w+ value \\(\"(.*?)\"\\)");

	/** The longest value quoted back whole. */
	private static final int QUOTED_MAX = 40;

	private JacksonErrors() {
	}

	public static InputException toInputException(JsonProcessingException ex, String source) {
		JsonLocation at = ex.getLocation();
		int line = (at != null) ? Math.max(0, at.getLineNr()) : 0;
		int column = (at != null) ? Math.max(0, at.getColumnNr()) : 0;
		String path = (ex instanceof JsonMappingException mapping) ? path(mapping) : null;
		Location location = new Location(source, line, column, path);
		return new InputException(location, problem(ex), ex);
	}

	private static String problem(JsonProcessingException ex) {
		MarkedYAMLException yaml = yamlCause(ex);
		if (yaml != null) {
			return yamlSyntax(yaml);
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "'; expected one of: "
					+ names(unknown.getKnownPropertyIds());
		}
		if (ex instanceof InvalidFormatException format) {
			String expected = format.getOriginalMessage();
			int cut = expected.indexOf("expected one of");
			String what = (cut >= 0) ? expected.substring(cut) : "expected " + describe(format.getTargetType());
			return "found '" + format.getValue() + "'; " + what;
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			String found = found(mismatch);
			return (found != null) ? "found " + quoted(found) + "; expected " + describe(mismatch.getTargetType())
					: "expected " + describe(mismatch.getTargetType()) + "; " + firstLine(ex.getOriginalMessage());
		}
		if (ex instanceof JsonMappingException) {
			return firstLine(ex.getOriginalMessage());
		}
		return "not valid syntax: " + firstLine(ex.getOriginalMessage());
	}

	/** The YAML parser's syntax error behind Jackson's, if that is what it is. */
	private static MarkedYAMLException yamlCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof MarkedYAMLException yaml) {
				return yaml;
			}
		}
		return null;
	}

	/**
	 * The YAML parser's own problem ("expected &lt;block end&gt;, but found ..."), said
	 * first as what it nearly always means in a hand-edited case file: a line out of step
	 * with the lines beside it.
	 */
	private static String yamlSyntax(MarkedYAMLException yaml) {
		String problem = (yaml.getProblem() != null) ? yaml.getProblem() : firstLine(yaml.getMessage());
		String context = (yaml.getContext() != null) ? " " + yaml.getContext() : "";
		String advice = "";
		if (problem.contains("(TAB)")) {
			advice = "a tab is used to indent; YAML indents with spaces only; ";
		}
		else if ((problem + context).contains("block")) {
			advice = "the indentation does not line up: this line is indented more or less than the fields beside it "
					+ "(indent with spaces, the same number for every field of one group); ";
		}
		return "not valid YAML: " + advice + "the parser says: " + problem + context.stripTrailing();
	}

	/**
	 * The scalar the parser stood on when the value could not be taken as the type asked
	 * for ("maybe" for a true-or-false field); {@code null} for a list or group found
	 * where a scalar was expected, or when the parser no longer says.
	 */
	private static String found(MismatchedInputException ex) {
		Matcher quoted = COERCED_VALUE.matcher(String.valueOf(ex.getOriginalMessage()));
		if (quoted.find()) {
			return quoted.group(1);
		}
		if (!(ex.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null
				|| !parser.currentToken().isScalarValue()) {
			return null;
		}
		try {
			return parser.getText();
		}
		catch (IOException unreadable) {
			return null;
		}
	}

	/**
	 * A value as quoted back to the user: whole if short, else its start and its length.
	 */
	static String quoted(String value) {
		return (value.length() <= QUOTED_MAX) ? "'" + value + "'"
				: "'" + value.substring(0, QUOTED_MAX) + "…' (" + value.length() + " characters)";
	}

	static String describe(Class<?> type) {
		if (type == null) {
			return "a value";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false (leave the field out when unknown)";
		}
		if (type == java.time.LocalDate.class) {
			return "a date written as \"YYYY-MM-DD\"";
		}
		if (type == java.time.LocalDateTime.class) {
			return "a date and time written as \"YYYY-MM-DDThh:mm[:ss]\"";
		}
		if (type == java.math.BigDecimal.class) {
			return "a number";
		}
		if (type == String.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isRecord()) {
			return "a group of fields";
		}
		return type.getSimpleName();
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
			else if (ref.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getFieldName());
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static String names(Collection<Object> ids) {
		return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
