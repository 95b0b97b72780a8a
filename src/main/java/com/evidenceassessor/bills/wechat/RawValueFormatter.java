package com.evidenceassessor.bills.wechat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Hands the sheet reader numbers as plain decimals and date cells as
 * {@code yyyy-MM-dd HH:mm:ss}, rounded to the second, whatever display format the cell
 * has: WeChat's 2026 export stores 金额 as a number shown as {@code ¥1,234.50} and 交易时间 as
 * an Excel serial, and a display format could drop seconds or round amounts.
 */
final class RawValueFormatter extends DataFormatter {

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
			if (time != null) {
				return canonical(time);
			}
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal number = BigDecimal.valueOf(value);
		if (number.scale() > 2) {
			// a sum stored as a double (0.30000000000000004): amounts have two decimals
			number = number.setScale(2, RoundingMode.HALF_UP);
		}
		return number.stripTrailingZeros().toPlainString();
	}

	static String canonical(LocalDateTime time) {
		char[] text = new char[19];
		put(text, 0, time.getYear(), 4);
		text[4] = '-';
		put(text, 5, time.getMonthValue(), 2);
		text[7] = '-';
		put(text, 8, time.getDayOfMonth(), 2);
		text[10] = ' ';
		put(text, 11, time.getHour(), 2);
		text[13] = ':';
		put(text, 14, time.getMinute(), 2);
		text[16] = ':';
		put(text, 17, time.getSecond(), 2);
		return new String(text);
	}

	private static void put(char[] text, int at, int value, int width) {
		int rest = value;
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + rest % 10);
			rest /= 10;
		}
	}

}
