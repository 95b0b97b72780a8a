package com.evidenceassessor.bills.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;

/**
 * The column names of a bill's header row and where each sits. Names are matched after
 * trimming padding, with full-width parentheses read as ASCII ones ({@code 金额（元）} =
 * {@code 金额(元)}).
 */
public final class HeaderMap {

	private final Map<String, Integer> indexes = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	private final int width;

	public HeaderMap(List<String> cells) {
		int last = -1;
		for (int i = 0; i < cells.size(); i++) {
			String name = normalize(cells.get(i));
			this.names.add(name);
			if (!name.isEmpty()) {
				this.indexes.putIfAbsent(name, i);
				last = i;
			}
		}
		this.width = last + 1;
	}

	public static String normalize(String cell) {
		return Cells.trim(cell).replace('（', '(').replace('）', ')');
	}

	/** The number of named columns (Alipay's trailing empty field not counted). */
	public int width() {
		return this.width;
	}

	public String name(int index) {
		return index < this.names.size() ? this.names.get(index) : "column " + (index + 1);
	}

	public int indexOf(String name) {
		Integer index = this.indexes.get(normalize(name));
		return index == null ? -1 : index;
	}

	/**
	 * The index of a column the format must have, or a located error naming what was
	 * found.
	 */
	public int require(String name, Location header) {
		int index = indexOf(name);
		if (index < 0) {
			throw new InputException(header,
					"the header row has no column '" + name + "'; found " + this.names.subList(0, this.width) + "");
		}
		return index;
	}

}
