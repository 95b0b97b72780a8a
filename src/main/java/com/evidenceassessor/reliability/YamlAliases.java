package com.evidenceassessor.reliability;

import java.io.IOException;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.Location;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Refuses YAML aliases ({@code *name}) in a case file. Jackson does not expand them: it
 * reads {@code title: *x} as the text "x", silently putting the wrong value into the
 * case; and expanding them is how an alias bomb ("billion laughs") exhausts memory. A
 * case file is written out in full.
 */
public final class YamlAliases {

	private YamlAliases() {
	}

	/**
	 * @throws InputException at the first alias, with its line, column and field
	 */
	public static void reject(String yaml, String source) {
		if (yaml.indexOf('*') < 0) {
			return; // an alias starts with '*': none here, no need to parse
		}
		try (JsonParser parser = Json.yaml().getFactory().createParser(yaml)) {
			while (parser.nextToken() != null) {
				if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
					JsonLocation at = parser.currentTokenLocation();
					Location location = new Location(source, at.getLineNr(), at.getColumnNr(),
							path(parser.getParsingContext()));
					throw new InputException(location,
							"YAML aliases (*" + parser.getText() + ") are not accepted; write the value out in full");
				}
			}
		}
		catch (IOException ex) {
			// Not valid YAML: the reader reports it, located, when it reads the file.
		}
	}

	private static String path(JsonStreamContext context) {
		StringBuilder path = new StringBuilder();
		for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
			}
			else if (at.getCurrentName() != null) {
				path.insert(0, ((path.length() > 0 && path.charAt(0) != '[') ? "." : "") + at.getCurrentName());
			}
		}
		return (path.length() > 0) ? path.toString() : null;
	}

}
