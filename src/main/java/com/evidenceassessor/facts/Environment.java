package com.evidenceassessor.facts;

/**
 * The system the data was generated, stored and sent in (证据规定 Art. 93(1)–(3)).
 *
 * @param officialClient the official, unmodified WeChat client was used
 * @param deviceNormal the device was working normally
 * @param fakeChatGeneratorSuspected there are signs the record was made with a fake-chat
 * generator
 */
public record Environment(Boolean officialClient, Boolean deviceNormal, Boolean fakeChatGeneratorSuspected) {

	static final Environment UNKNOWN = new Environment(null, null, null);

}
