package com.evidenceassessor.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.evidenceassessor.support.InputException;
import com.evidenceassessor.support.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users: those configured in properties plus those in the users file, which is read
 * again when it changes (so {@code ./assessor users add} needs no restart). On the first
 * run, when no user exists anywhere, it creates an administrator with a random password,
 * stores only the password's hash and prints the password once: there is no default
 * password.
 */
@Component
public class UserDirectory implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

	private final List<UserAccount> configured;

	private final Path file;

	private volatile Snapshot snapshot;

	@Autowired
	public UserDirectory(SecuritySettings settings) {
		this(settings, System.out::println);
	}

	UserDirectory(SecuritySettings settings, Consumer<String> console) {
		if (settings.usersFile() == null) {
			throw new IllegalStateException("assessor.security.users-file is not set");
		}
		UserRules.check(settings.users(), "assessor.security.users");
		this.configured = settings.users();
		this.file = settings.usersFile().toAbsolutePath().normalize();
		if (this.configured.isEmpty() && UsersFile.read(this.file).isEmpty()) {
			FirstRun.createAdministrator(this.file, console);
		}
		this.snapshot = load();
		log.info("{} user(s): {} configured, the others in {}", this.snapshot.byName().size(), this.configured.size(),
				this.file);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = current().byName().get(username);
		if (account == null) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(account.name())
			.password(account.passwordHash())
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

	/** The user holding this API token, if any. */
	public Optional<UserAccount> byToken(String token) {
		return Optional.ofNullable(current().byTokenHash().get(Secrets.sha256(token)));
	}

	private Snapshot current() {
		Snapshot known = this.snapshot;
		long stamp = stamp();
		if (stamp != known.fileStamp()) {
			synchronized (this) {
				if (stamp != this.snapshot.fileStamp()) {
					reload();
				}
				known = this.snapshot;
			}
		}
		return known;
	}

	private void reload() {
		try {
			this.snapshot = load();
			log.info("users file changed; {} user(s) now", this.snapshot.byName().size());
		}
		catch (InputException ex) {
			log.warn("the users file was changed but cannot be used, the previous users stay: {}", ex.getMessage());
			this.snapshot = new Snapshot(this.snapshot.byName(), this.snapshot.byTokenHash(), stamp());
		}
	}

	private Snapshot load() {
		long stamp = stamp();
		List<UserAccount> all = new ArrayList<>(this.configured);
		for (UserAccount account : UsersFile.read(this.file)) {
			if (this.configured.stream().anyMatch(c -> c.name().equals(account.name()))) {
				throw new InputException(Location.file(this.file.toString()), "the user '" + account.name()
						+ "' is defined both here and in assessor.security.users; keep one");
			}
			all.add(account);
		}
		Map<String, UserAccount> byName = new HashMap<>();
		Map<String, UserAccount> byToken = new HashMap<>();
		for (UserAccount account : all) {
			byName.put(account.name(), account);
			account.tokenHashes().forEach(hash -> byToken.put(hash, account));
		}
		return new Snapshot(Map.copyOf(byName), Map.copyOf(byToken), stamp);
	}

	private long stamp() {
		try {
			return Files.exists(this.file) ? Files.getLastModifiedTime(this.file).toMillis() ^ Files.size(this.file)
					: -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private record Snapshot(Map<String, UserAccount> byName, Map<String, UserAccount> byTokenHash, long fileStamp) {

	}

}
