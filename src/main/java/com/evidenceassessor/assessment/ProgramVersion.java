package com.evidenceassessor.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The assessor's version, from the build. */
public final class ProgramVersion {

	private static final String VERSION = read();

	private ProgramVersion() {
	}

	public static String current() {
		return VERSION;
	}

	private static String read() {
		try (InputStream in = ProgramVersion.class.getResourceAsStream("/assessor-version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			String version = properties.getProperty("version", "dev");
			return version.startsWith("@") ? "dev" : version;
		}
		catch (IOException ex) {
			return "dev";
		}
	}

}
