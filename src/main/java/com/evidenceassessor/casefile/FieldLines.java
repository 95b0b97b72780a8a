package com.evidenceassessor.casefile;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a field path ({@code items[1].proves[0]}) sits in a case file's text, so that a
 * check made after the file was read (a reference to an unknown fact, an id used twice)
 * points at a line, as a type error does: the line and column of the field's key or list
 * entry, or of the nearest enclosing field the file has (a missing field is reported at
 * the item that lacks it).
 */
final class FieldLines {

	private final Map<String, JsonLocation> byPointer;

	private FieldLines(Map<String, JsonLocation> byPointer) {
		this.byPointer = byPointer;
	}

	/**
	 * The error, with the line and column of its field added where it names a field but
	 * no line; as it was otherwise, or where the text cannot be walked.
	 */
	static InputException locate(InputException error, String text, ObjectMapper mapper) {
		Location at = error.location();
		if (at.line() > 0 || at.field() == null) {
			return error;
		}
		JsonLocation found;
		try {
			found = index(text, mapper).find(at.field());
		}
		catch (IOException ex) {
			return error;
		}
		if (found == null) {
			return error;
		}
		Location located = new Location(at.file(), found.getLineNr(), found.getColumnNr(), at.field());
		return new InputException(located, error.problem(), error);
	}

	/** The location of each field and list entry, by its JSON pointer, first one wins. */
	private static FieldLines index(String text, ObjectMapper mapper) throws IOException {
		Map<String, JsonLocation> byPointer = new HashMap<>();
		try (JsonParser parser = mapper.getFactory().createParser(text)) {
			while (parser.nextToken() != null) {
				byPointer.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
						parser.currentTokenLocation());
			}
		}
		return new FieldLines(byPointer);
	}

	/** The field's location, or its nearest enclosing field's; {@code null} if none. */
	private JsonLocation find(String field) {
		String pointer = pointer(field);
		while (!pointer.isEmpty()) {
			JsonLocation location = this.byPointer.get(pointer);
			if (location != null && location.getLineNr() > 0) {
				return location;
			}
			pointer = pointer.substring(0, pointer.lastIndexOf('/'));
		}
		return null;
	}

	/** {@code items[1].proves[0]} as the JSON pointer {@code /items/1/proves/0}. */
	static String pointer(String field) {
		return "/" + field.replace("[", "/").replace("]", "").replace('.', '/');
	}

}
