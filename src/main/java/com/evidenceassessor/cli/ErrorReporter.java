package com.evidenceassessor.cli;

import java.io.PrintWriter;

import com.evidenceassessor.assessment.RunawayRulesException;
import com.evidenceassessor.support.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one clear line on standard error and an exit code; never a
 * stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		if (exception instanceof InputException input) {
			err.println("error: " + input.getMessage());
			err.flush();
			return ExitCodes.INVALID_INPUT;
		}
		if (exception instanceof RunawayRulesException runaway) {
			err.println("error: " + runaway.getMessage());
			err.flush();
			return ExitCodes.RULES_BROKEN;
		}
		if (exception instanceof CommandFailure failure) {
			err.println("error: " + failure.getMessage());
			err.flush();
			return failure.exitCode();
		}
		err.println("internal error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
		if (System.getenv("ASSESSOR_DEBUG") != null) {
			exception.printStackTrace(err);
		}
		else {
			err.println("(set ASSESSOR_DEBUG=1 to see the stack trace)");
		}
		err.flush();
		return ExitCodes.INTERNAL_ERROR;
	}

	@Override
	public int handleParseException(ParameterException exception, String[] args) {
		CommandLine commandLine = exception.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("error: " + exception.getMessage());
		err.println("see: " + commandLine.getCommandSpec().qualifiedName() + " --help");
		err.flush();
		return ExitCodes.INVALID_INPUT;
	}

}
