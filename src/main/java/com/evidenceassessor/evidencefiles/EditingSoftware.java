package com.evidenceassessor.evidencefiles;

import java.util.List;
import java.util.Locale;

/**
 * The image editors and beautifier apps whose names, found in a file's metadata, show the
 * file was saved by an editor rather than by the camera, the phone's screenshot function
 * or WeChat. Matching is by case-insensitive substring; the list is documented in
 * {@code docs/evidence-files.md}.
 */
final class EditingSoftware {

	private record Editor(String needle, String name) {
	}

	private static final List<Editor> EDITORS = List.of(new Editor("photoshop", "Adobe Photoshop"),
			new Editor("lightroom", "Adobe Lightroom"), new Editor("imageready", "Adobe ImageReady"),
			new Editor("fireworks", "Adobe Fireworks"), new Editor("gimp", "GIMP"), new Editor("meitu", "Meitu 美图"),
			new Editor("mtxx", "Meitu 美图秀秀"), new Editor("美图", "Meitu 美图"), new Editor("snapseed", "Snapseed"),
			new Editor("picsart", "PicsArt"), new Editor("pixelmator", "Pixelmator"),
			new Editor("affinity photo", "Affinity Photo"), new Editor("paint.net", "Paint.NET"),
			new Editor("facetune", "Facetune"), new Editor("beautycam", "BeautyCam 美颜相机"), new Editor("美颜", "美颜相机"),
			new Editor("醒图", "醒图 Hypic"), new Editor("hypic", "醒图 Hypic"), new Editor("b612", "B612"),
			new Editor("polarr", "Polarr"), new Editor("fotor", "Fotor"), new Editor("photoscape", "PhotoScape"),
			new Editor("acdsee", "ACDSee"), new Editor("paintshop", "Corel PaintShop"),
			new Editor("faceapp", "FaceApp"), new Editor("vsco", "VSCO"), new Editor("picasa", "Picasa"),
			new Editor("inshot", "InShot"));

	private EditingSoftware() {
	}

	/** The editor a metadata value names, or {@code null}. */
	static String editorNamedIn(String value) {
		if (value == null) {
			return null;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		for (Editor editor : EDITORS) {
			if (lower.contains(editor.needle())) {
				return editor.name();
			}
		}
		return null;
	}

}
