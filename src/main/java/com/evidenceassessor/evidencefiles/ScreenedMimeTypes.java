package com.evidenceassessor.evidencefiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Tika's content detection over the given signature files, with the same answer as a
 * {@link MimeTypes} built from them for every input, at a fraction of the cost.
 * <p>
 * Tika tries every one of its ~850 signatures on every file, and a few (regular
 * expressions, matches over a range of offsets) cost most of the time. Here each
 * top-level {@code <match>} has a necessary condition ({@link SignatureScreen}, and at
 * least n of its parts for a {@code minShouldMatch}); the matches a file's leading bytes
 * fail are left out of a {@code MimeTypes} built from the same files, cached by the set
 * kept. It answers as the full one: Tika takes the first match that holds, in an order
 * that depends only on each match (priority, length, type, text), and then refines XML
 * and HTML by root element and falls back to its text test, all of which is kept.
 */
final class ScreenedMimeTypes {

	/** Databases kept; past that the smallest one built for a superset serves. */
	private static final int MAX_BUILT = 128;

	/** What a type says besides its magic that content detection reads. */
	private static final Set<String> DETECTION = Set.of("alias", "sub-class-of", "root-XML");

	private final MimeTypes full;

	/** Each type as XML, its signatures apart (index of each top-level match). */
	private final List<TypeXml> types = new ArrayList<>();

	/** Each top-level match as XML. */
	private final List<String> matchXml = new ArrayList<>();

	/** Each top-level match's condition, null if it cannot be screened. */
	private final List<Condition> conditions = new ArrayList<>();

	/** The screens the conditions test, each a leaf of one. */
	private final List<SignatureScreen> leaves = new ArrayList<>();

	/** Leaves whose match begins at offset 0, by its first two bytes (see byFirstTwo). */
	private final int[][][] startingAt0;

	/** Leaves whose match begins at one other offset. */
	private final int[] fixedElsewhere;

	/** Leaves whose match may begin anywhere in a range of offsets. */
	private final int[] ranged;

	/** The same by their first two bytes (see byFirstTwo). */
	private final int[][][] rangedByFirstTwo;

	private final int firstOffset;

	private final int lastOffset;

	/** Whether a type left with no signature may be left out (see {@link #prunable}). */
	private final boolean prunable;

	private final Map<BitSet, MimeTypes> built = new ConcurrentHashMap<>();

	ScreenedMimeTypes(MimeTypes full, URL... sources) throws IOException {
		this.full = full;
		List<Element> typeElements = new ArrayList<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			for (URL source : sources) {
				try (InputStream in = source.openStream()) {
					Document document = factory.newDocumentBuilder().parse(in);
					for (Element type : children(document.getDocumentElement(), "mime-type")) {
						typeElements.add(type);
						this.types.add(read(type));
					}
				}
			}
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IOException("the type signatures could not be read", ex);
		}
		this.prunable = prunable(typeElements);
		List<Integer> atStart = new ArrayList<>();
		List<Integer> elsewhere = new ArrayList<>();
		List<Integer> ranges = new ArrayList<>();
		int first = Integer.MAX_VALUE;
		int last = -1;
		for (int i = 0; i < this.leaves.size(); i++) {
			SignatureScreen leaf = this.leaves.get(i);
			if (leaf.from() != leaf.to()) {
				ranges.add(i);
				first = Math.min(first, leaf.from());
				last = Math.max(last, leaf.to());
			}
			else if (leaf.from() == 0) {
				atStart.add(i);
			}
			else {
				elsewhere.add(i);
			}
		}
		this.startingAt0 = byFirstTwo(atStart);
		this.fixedElsewhere = ints(elsewhere);
		this.ranged = ints(ranges);
		this.rangedByFirstTwo = byFirstTwo(ranges);
		this.firstOffset = first;
		this.lastOffset = last;
	}

	/**
	 * For each first byte that may begin one of these leaves' matches, for each second
	 * byte, the leaves that may begin with the two; null for none.
	 */
	private int[][][] byFirstTwo(List<Integer> screens) {
		List<List<List<Integer>>> found = new ArrayList<>(Collections.nCopies(256, null));
		for (int i : screens) {
			SignatureScreen screen = this.leaves.get(i);
			int[] secondBytes = screen.bytesAt(1);
			for (int b : screen.bytesAt(0)) {
				if (found.get(b) == null) {
					found.set(b, new ArrayList<>(Collections.nCopies(256, null)));
				}
				List<List<Integer>> seconds = found.get(b);
				for (int c : secondBytes) {
					if (seconds.get(c) == null) {
						seconds.set(c, new ArrayList<>());
					}
					seconds.get(c).add(i);
				}
			}
		}
		int[][][] index = new int[256][][];
		for (int b = 0; b < 256; b++) {
			if (found.get(b) != null) {
				index[b] = new int[256][];
				for (int c = 0; c < 256; c++) {
					List<Integer> leaves = found.get(b).get(c);
					index[b][c] = (leaves != null) ? ints(leaves) : null;
				}
			}
		}
		return index;
	}

	/** How much of a file {@link #detect} needs: what {@link MimeTypes#detect} reads. */
	int headLength() {
		return this.full.getMinLength();
	}

	/**
	 * The type Tika's {@code MimeTypes.detect} gives a stream of these bytes.
	 * @param head the first {@link #headLength()} bytes of the file (all of a shorter
	 * one)
	 */
	MediaType detect(byte[] head) throws IOException {
		return typesFor(head).detect(new ByteArrayInputStream(head), new Metadata());
	}

	/** How many top-level matches have a condition, and how many there are. */
	int[] screenedOfAll() {
		return new int[] { (int) this.conditions.stream().filter((c) -> c != null).count(), this.conditions.size() };
	}

	/** How many reduced databases have been built. */
	int databases() {
		return this.built.size();
	}

	/** The database that answers for these bytes as the full one would. */
	MimeTypes typesFor(byte[] head) {
		if (head.length == 0) {
			return this.full;
		}
		BitSet kept = kept(head);
		MimeTypes types = this.built.get(kept);
		if (types != null) {
			return types;
		}
		if (this.built.size() < MAX_BUILT) {
			return this.built.computeIfAbsent(kept, this::build);
		}
		MimeTypes best = this.full;
		int bestSize = Integer.MAX_VALUE;
		for (Map.Entry<BitSet, MimeTypes> entry : this.built.entrySet()) {
			BitSet missing = (BitSet) kept.clone();
			missing.andNot(entry.getKey());
			if (missing.isEmpty() && entry.getKey().cardinality() < bestSize) {
				best = entry.getValue();
				bestSize = entry.getKey().cardinality();
			}
		}
		return best;
	}

	/** The screened top-level matches these bytes leave in (by index). */
	BitSet kept(byte[] head) {
		BitSet passed = passed(head);
		BitSet kept = new BitSet(this.conditions.size());
		for (int i = 0; i < this.conditions.size(); i++) {
			Condition condition = this.conditions.get(i);
			if (condition != null && condition.holds(passed)) {
				kept.set(i);
			}
		}
		return kept;
	}

	/** The leaves these bytes pass. */
	private BitSet passed(byte[] head) {
		BitSet passed = new BitSet(this.leaves.size());
		for (int i : candidates(this.startingAt0, head, 0)) {
			if (this.leaves.get(i).passesAt(head, 0)) {
				passed.set(i);
			}
		}
		for (int i : this.fixedElsewhere) {
			SignatureScreen leaf = this.leaves.get(i);
			if (leaf.passesAt(head, leaf.from())) {
				passed.set(i);
			}
		}
		// one pass over the offsets for all ranged leaves, each tried only where the
		// bytes there may begin its match
		int end = Math.min(this.lastOffset, head.length - 1);
		for (int offset = this.firstOffset; offset <= end; offset++) {
			for (int i : candidates(this.rangedByFirstTwo, head, offset)) {
				SignatureScreen leaf = this.leaves.get(i);
				if (offset >= leaf.from() && offset <= leaf.to() && !passed.get(i) && leaf.passesAt(head, offset)) {
					passed.set(i);
				}
			}
		}
		// past the end every offset reads zeros alike: one try stands for them all
		for (int i : this.ranged) {
			SignatureScreen leaf = this.leaves.get(i);
			int offset = Math.max(leaf.from(), head.length);
			if (offset <= leaf.to() && !passed.get(i) && leaf.passesAt(head, offset)) {
				passed.set(i);
			}
		}
		return passed;
	}

	private static final int[] NONE = {};

	private static int[] candidates(int[][][] index, byte[] head, int offset) {
		int[][] seconds = index[SignatureScreen.at(head, offset)];
		if (seconds == null) {
			return NONE;
		}
		int[] leaves = seconds[SignatureScreen.at(head, offset + 1)];
		return (leaves != null) ? leaves : NONE;
	}

	/**
	 * A database from the same files without the screened matches not in {@code kept},
	 * and without what content detection never reads (names, descriptions).
	 */
	private MimeTypes build(BitSet kept) {
		StringBuilder xml = new StringBuilder("<mime-info>");
		for (TypeXml type : this.types) {
			StringBuilder magics = new StringBuilder();
			for (MagicXml magic : type.magics()) {
				StringBuilder matches = new StringBuilder();
				for (int i : magic.matches()) {
					if (this.conditions.get(i) == null || kept.get(i)) {
						matches.append(this.matchXml.get(i));
					}
				}
				if (!matches.isEmpty()) {
					magics.append(magic.open()).append(matches).append("</magic>");
				}
			}
			if (!magics.isEmpty() || type.rootXml() || !this.prunable) {
				xml.append(type.open()).append(type.rest()).append(magics).append("</mime-type>");
			}
		}
		xml.append("</mime-info>");
		try {
			return MimeTypesFactory.create(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | MimeTypeException ex) {
			// never expected; the full database gives the same answer, only slower
			return this.full;
		}
	}

	private TypeXml read(Element type) {
		StringBuilder rest = new StringBuilder();
		List<MagicXml> magics = new ArrayList<>();
		boolean rootXml = false;
		for (Element child : children(type, null)) {
			String tag = child.getTagName();
			if (tag.equals("magic")) {
				List<Integer> matches = new ArrayList<>();
				for (Element match : children(child, "match")) {
					matches.add(this.conditions.size());
					this.conditions.add(condition(match));
					this.matchXml.add(xml(match));
				}
				magics.add(new MagicXml(open(child), ints(matches)));
			}
			else if (DETECTION.contains(tag)) {
				rest.append(xml(child));
				rootXml |= tag.equals("root-XML");
			}
		}
		return new TypeXml(open(type), rest.toString(), rootXml, magics);
	}

	/**
	 * A necessary condition for a match: its screen, or for {@code minShouldMatch} that
	 * enough of its parts may hold; null when it cannot be screened.
	 */
	private Condition condition(Element match) {
		if (!match.hasAttribute("minShouldMatch")) {
			SignatureScreen screen = SignatureScreen.of(match);
			if (screen == null) {
				return null;
			}
			this.leaves.add(screen);
			return new Leaf(this.leaves.size() - 1);
		}
		int min;
		try {
			min = Integer.parseInt(match.getAttribute("minShouldMatch"));
		}
		catch (NumberFormatException ex) {
			return null;
		}
		List<Condition> parts = new ArrayList<>();
		for (Element part : children(match, "match")) {
			Condition condition = condition(part);
			if (condition == null) {
				// a part that cannot be screened counts as holding
				min--;
			}
			else {
				parts.add(condition);
			}
		}
		return (min <= 0) ? null : new AtLeast(min, parts);
	}

	/**
	 * A type left with no signature can be left out unless its name is another type's
	 * alias: Tika would then file the signatures of that name under the aliased type.
	 */
	private static boolean prunable(List<Element> types) {
		Set<String> names = new HashSet<>();
		Set<String> aliases = new HashSet<>();
		for (Element type : types) {
			names.add(type.getAttribute("type").toLowerCase(Locale.ROOT));
			for (Element alias : children(type, "alias")) {
				aliases.add(alias.getAttribute("type").toLowerCase(Locale.ROOT));
			}
		}
		return Collections.disjoint(names, aliases);
	}

	/** An element with its attributes and child elements (no text), as XML. */
	private static String xml(Element element) {
		List<Element> children = children(element, null);
		StringBuilder xml = new StringBuilder(open(element));
		if (children.isEmpty()) {
			return xml.insert(xml.length() - 1, '/').toString();
		}
		for (Element child : children) {
			xml.append(xml(child));
		}
		return xml.append("</").append(element.getTagName()).append('>').toString();
	}

	private static String open(Element element) {
		StringBuilder xml = new StringBuilder("<").append(element.getTagName());
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			xml.append(' ').append(attribute.getNodeName()).append("=\"");
			for (char c : attribute.getNodeValue().toCharArray()) {
				switch (c) {
					case '&' -> xml.append("&amp;");
					case '<' -> xml.append("&lt;");
					case '"' -> xml.append("&quot;");
					case '\t', '\n', '\r' -> xml.append("&#").append((int) c).append(';');
					default -> xml.append(c);
				}
			}
			xml.append('"');
		}
		return xml.append('>').toString();
	}

	/** Child elements, all or of one name. */
	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (name == null || element.getTagName().equals(name))) {
				found.add(element);
			}
		}
		return found;
	}

	private static int[] ints(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

	private record TypeXml(String open, String rest, boolean rootXml, List<MagicXml> magics) {
	}

	private record MagicXml(String open, int[] matches) {
	}

	private sealed interface Condition permits Leaf, AtLeast {

		boolean holds(BitSet passed);

	}

	private record Leaf(int leaf) implements Condition {

		@Override
		public boolean holds(BitSet passed) {
			return passed.get(this.leaf);
		}

	}

	private record AtLeast(int min, List<Condition> parts) implements Condition {

		@Override
		public boolean holds(BitSet passed) {
			int holding = 0;
			for (Condition part : this.parts) {
				if (part.holds(passed) && ++holding >= this.min) {
					return true;
				}
			}
			return false;
		}

	}

}
