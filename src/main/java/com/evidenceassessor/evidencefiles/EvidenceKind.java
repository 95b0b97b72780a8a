package com.evidenceassessor.evidencefiles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The kind of a WeChat evidence item, as a case file names it, with the families of file
 * content that can stand for it.
 */
public enum EvidenceKind {

	TEXT("text", EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO))),

	IMAGE("image", EnumSet.of(MediaFamily.IMAGE)),

	VOICE("voice", EnumSet.of(MediaFamily.AUDIO)),

	VIDEO("video", EnumSet.of(MediaFamily.VIDEO)),

	LINK("link", EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO))),

	FILE("file", EnumSet.allOf(MediaFamily.class)),

	TRANSFER("transfer", EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO))),

	RED_PACKET("redPacket", EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO))),

	MOMENTS_POST("momentsPost", EnumSet.complementOf(EnumSet.of(MediaFamily.AUDIO)));

	private final String caseFileName;

	private final Set<MediaFamily> fits;

	EvidenceKind(String caseFileName, Set<MediaFamily> fits) {
		this.caseFileName = caseFileName;
		this.fits = fits;
	}

	/** The name a case file uses, e.g. {@code redPacket}. */
	public String caseFileName() {
		return this.caseFileName;
	}

	/**
	 * Whether a file of this content family can be the record of an item of this kind. An
	 * empty file is judged elsewhere and fits every kind here.
	 */
	public boolean fits(MediaFamily family) {
		return family == MediaFamily.EMPTY || this.fits.contains(family);
	}

	/** The kind a case file names, e.g. {@code voice} or {@code redPacket}. */
	public static EvidenceKind parse(String name, Location where) {
		for (EvidenceKind kind : values()) {
			if (kind.caseFileName.equals(name)) {
				return kind;
			}
		}
		throw new InputException(where,
				"expected one of "
						+ Arrays.stream(values()).map(EvidenceKind::caseFileName).collect(Collectors.joining(", "))
						+ "; found '" + name + "'");
	}

}
