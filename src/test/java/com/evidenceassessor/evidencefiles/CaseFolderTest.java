package com.evidenceassessor.evidencefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class CaseFolderTest {

	private static final Location WHERE = Location.file("case.yaml").withField("items[1].files[0].path");

	@TempDir
	Path temp;

	private Path caseDir;

	private Path outside;

	private CaseFolder folder;

	@BeforeEach
	void setUp() throws IOException {
		this.caseDir = Files.createDirectories(this.temp.resolve("case"));
		this.outside = Files.writeString(this.temp.resolve("secret.txt"), "not evidence");
		Files.createDirectories(this.caseDir.resolve("screens"));
		Files.writeString(this.caseDir.resolve("screens/chat-01.png"), "png?");
		this.folder = CaseFolder.open(this.caseDir);
	}

	@Test
	void resolvesAPathRelativeToTheFolder() {
		ResolvedFile file = this.folder.resolve("screens/chat-01.png", WHERE);
		assertThat(file.relativePath()).isEqualTo("screens/chat-01.png");
		assertThat(file.size()).isEqualTo(4);
		assertThat(file.realPath()).startsWith(this.folder.root());
	}

	@Test
	void readsBackslashesAsSeparatorsAndTidiesDots() {
		assertThat(this.folder.resolve("screens\\chat-01.png", WHERE).relativePath()).isEqualTo("screens/chat-01.png");
		assertThat(this.folder.resolve("./screens/../screens/chat-01.png", WHERE).relativePath())
			.isEqualTo("screens/chat-01.png");
	}

	@Test
	void refusesAPathClimbingOutOfTheFolder() {
		assertThatThrownBy(() -> this.folder.resolve("../secret.txt", WHERE)).isInstanceOf(InputException.class)
			.hasMessage("case.yaml (items[1].files[0].path): '../secret.txt' leads outside the case folder; "
					+ "only files inside it are read");
		assertThatThrownBy(() -> this.folder.resolve("screens/../../secret.txt", WHERE))
			.hasMessageContaining("'screens/../../secret.txt' leads outside the case folder");
		assertThatThrownBy(() -> this.folder.resolve("..\\secret.txt", WHERE))
			.hasMessageContaining("leads outside the case folder");
	}

	@Test
	void refusesAbsolutePaths() {
		assertThatThrownBy(() -> this.folder.resolve(this.outside.toString(), WHERE)).isInstanceOf(InputException.class)
			.hasMessageContaining("is an absolute path; expected a path relative to the case folder");
		assertThatThrownBy(() -> this.folder.resolve("C:\\evidence\\a.png", WHERE))
			.hasMessageContaining("is an absolute path");
	}

	@Test
	void refusesASymbolicLinkPointingOutOfTheFolder() throws IOException {
		Files.createSymbolicLink(this.caseDir.resolve("screens/innocent.png"), this.outside);
		assertThatThrownBy(() -> this.folder.resolve("screens/innocent.png", WHERE)).isInstanceOf(InputException.class)
			.hasMessageContaining("'screens/innocent.png' leads outside the case folder through a symbolic link");
	}

	@Test
	void refusesAFileReachedThroughALinkedFolderOutside() throws IOException {
		Files.createSymbolicLink(this.caseDir.resolve("linked"), this.temp);
		assertThatThrownBy(() -> this.folder.resolve("linked/secret.txt", WHERE))
			.hasMessageContaining("leads outside the case folder through a symbolic link");
	}

	@Test
	void acceptsALinkThatStaysInsideTheFolder() throws IOException {
		Files.createSymbolicLink(this.caseDir.resolve("alias.png"), this.caseDir.resolve("screens/chat-01.png"));
		assertThat(this.folder.resolve("alias.png", WHERE).realPath())
			.isEqualTo(this.caseDir.resolve("screens/chat-01.png").toRealPath());
	}

	@Test
	void aMissingFileOrBrokenLinkIsNamed() throws IOException {
		assertThatThrownBy(() -> this.folder.resolve("screens/chat-02.png", WHERE))
			.hasMessage("case.yaml (items[1].files[0].path): file 'screens/chat-02.png' not found in the case folder");
		Files.createSymbolicLink(this.caseDir.resolve("dangling.png"), this.caseDir.resolve("gone.png"));
		assertThatThrownBy(() -> this.folder.resolve("dangling.png", WHERE))
			.hasMessageContaining("'dangling.png' is a link to a file that does not exist");
	}

	@Test
	void aFolderIsNotAFile() {
		assertThatThrownBy(() -> this.folder.resolve("screens", WHERE))
			.hasMessageContaining("'screens' is a folder; expected a file");
		assertThatThrownBy(() -> this.folder.resolve(".", WHERE)).hasMessageContaining("is a folder");
	}

	@Test
	void anEmptyPathIsRefused() {
		assertThatThrownBy(() -> this.folder.resolve("  ", WHERE)).hasMessageContaining("empty file path");
		assertThatThrownBy(() -> this.folder.resolve(null, WHERE)).hasMessageContaining("empty file path");
	}

	@Test
	void anUnreadableFileIsNamed() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
		Path locked = Files.writeString(this.caseDir.resolve("locked.png"), "x");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
		assertThatThrownBy(() -> this.folder.resolve("locked.png", WHERE))
			.hasMessageContaining("'locked.png' cannot be read (no read permission)");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithBothSizes() throws IOException {
		CaseFolder small = CaseFolder.open(this.caseDir, EvidenceFileLimits.DEFAULT.withMaxFileBytes(3), WHERE);
		assertThatThrownBy(() -> small.resolve("screens/chat-01.png", WHERE))
			.hasMessageContaining("'screens/chat-01.png' is 4 bytes; the limit is 3 bytes per evidence file");
	}

	@Test
	void anEmptyFileIsAccepted() throws IOException {
		Files.createFile(this.caseDir.resolve("empty.amr"));
		assertThat(this.folder.resolve("empty.amr", WHERE).size()).isZero();
	}

	@Test
	void theFolderItselfMustExist() {
		assertThatThrownBy(() -> CaseFolder.open(this.temp.resolve("nope"))).isInstanceOf(InputException.class)
			.hasMessageContaining("does not exist");
		assertThatThrownBy(() -> CaseFolder.open(this.outside)).hasMessageContaining("is not a folder");
	}

	@Test
	void theDefaultLimitIs512MiB() {
		assertThat(EvidenceFileLimits.DEFAULT.maxFileBytes()).isEqualTo(512L * 1024 * 1024);
		assertThat(EvidenceFileLimits.DEFAULT.maxFolderFiles()).isEqualTo(10_000);
	}

}
