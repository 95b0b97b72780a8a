package com.evidenceassessor.security;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The first start without any user: an administrator named {@code admin} with a random
 * password, shown once on the console and stored only as a BCrypt hash.
 */
final class FirstRun {

	static final String ADMIN = "admin";

	private FirstRun() {
	}

	static void createAdministrator(Path usersFile, Consumer<String> console) {
		String password = Secrets.randomPassword();
		UsersFile.write(usersFile,
				List.of(new UserAccount(ADMIN, Secrets.bcrypt(password), List.of(Role.ADMIN), null)));
		String rule = "=".repeat(72);
		console.accept(rule);
		console.accept("首次启动：已创建管理员账号。First start: an administrator account was created.");
		console.accept("  用户名 user:     " + ADMIN);
		console.accept("  密码 password:   " + password);
		console.accept("此密码只显示这一次，仅保存其哈希值。This password is shown once; only its hash is kept in");
		console.accept("  " + usersFile);
		console.accept("添加律师等用户 / add users:  ./assessor users add <name> --role lawyer");
		console.accept(rule);
	}

}
