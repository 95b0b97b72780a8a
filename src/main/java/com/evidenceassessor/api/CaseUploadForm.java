package com.evidenceassessor.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The parts of a multipart assessment request, for the OpenAPI document only (the
 * controller reads them as {@code MultipartFile}s).
 *
 * @param caseFile the case file
 * @param bills the payment bills
 * @param evidence the evidence files
 */
@Schema(name = "CaseUpload", description = "A case file with its bills and evidence files, as multipart/form-data.")
record CaseUploadForm(
		@Schema(name = "case", type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
				description = "case.yaml or case.json") String caseFile,
		@ArraySchema(schema = @Schema(type = "string", format = "binary",
				description = "A WeChat Pay or Alipay bill export: .csv, .txt, .xlsx or .pdf")) List<String> bills,
		@ArraySchema(schema = @Schema(type = "string", format = "binary",
				description = "An evidence file: image, audio, video, PDF, office document or text; "
						+ "placed at the path the case file gives a file of the same name")) List<String> evidence,
		@Schema(description = "Scores and reasons only", defaultValue = "false") Boolean scoresOnly) {

}
