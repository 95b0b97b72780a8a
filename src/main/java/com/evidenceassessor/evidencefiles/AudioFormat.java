package com.evidenceassessor.evidencefiles;

/** The audio formats told apart; SILK and AMR are the formats WeChat records voice in. */
public enum AudioFormat {

	SILK(true), AMR(true), MP3(false), M4A(false), AAC(false), WAV(false), OGG(false), FLAC(false), OTHER(false);

	private final boolean weChatOriginal;

	AudioFormat(boolean weChatOriginal) {
		this.weChatOriginal = weChatOriginal;
	}

	/** A format WeChat itself records voice messages in (the original record). */
	public boolean weChatOriginal() {
		return this.weChatOriginal;
	}

	static AudioFormat ofContentType(String contentType) {
		return switch (contentType) {
			case "audio/silk" -> SILK;
			case "audio/amr", "audio/amr-wb" -> AMR;
			case "audio/mpeg" -> MP3;
			case "audio/mp4" -> M4A;
			case "audio/x-aac" -> AAC;
			case "audio/vnd.wave" -> WAV;
			case "audio/ogg", "audio/opus", "audio/vorbis" -> OGG;
			case "audio/x-flac" -> FLAC;
			default -> OTHER;
		};
	}

}
