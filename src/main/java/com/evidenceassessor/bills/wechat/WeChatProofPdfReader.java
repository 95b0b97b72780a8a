package com.evidenceassessor.bills.wechat;

import java.io.IOException;

import com.evidenceassessor.bills.BillFormat;
import com.evidenceassessor.bills.BillStatement;
import com.evidenceassessor.bills.read.StatementBuilder;
import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The WeChat 「用作证明材料」 PDF 《微信支付交易明细证明》 (W4), read from its text layer with PDFBox, page
 * by page.
 */
public final class WeChatProofPdfReader {

	private static final int MAX_PAGES = 20_000;

	private WeChatProofPdfReader() {
	}

	public static BillStatement read(StatementBuilder builder) {
		String file = builder.source().name();
		builder.format(BillFormat.W4);
		WeChatProofLayout layout = new WeChatProofLayout(builder);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(builder.source().path()), "",
				IOUtils.createTempFileOnlyStreamCache())) {
			int pages = document.getNumberOfPages();
			if (pages == 0 || pages > MAX_PAGES) {
				throw new InputException(Location.file(file),
						"a PDF of " + pages + " pages; expected 1 to " + MAX_PAGES + " pages");
			}
			PdfGlyphs glyphs = new PdfGlyphs(layout::page);
			glyphs.getText(document);
			if (glyphs.glyphCount() == 0) {
				throw new InputException(Location.file(file), "a PDF without a text layer (a scan or a photo); "
						+ "expected the 微信支付交易明细证明 PDF exactly as WeChat sent it, or the 用于个人对账 export");
			}
			layout.finish();
			return builder.build();
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (InvalidPasswordException ex) {
			throw new InputException(Location.file(file), "a password-protected PDF; expected the proof without "
					+ "a password (open it with the password and save an unprotected copy)", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new InputException(Location.file(file), "a damaged PDF (" + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage() + "); expected the 微信支付交易明细证明 PDF as WeChat sent it", ex);
		}
	}

}
