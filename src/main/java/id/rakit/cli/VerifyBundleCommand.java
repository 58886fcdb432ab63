package id.rakit.cli;

import id.rakit.export.BundleVerifier;
import id.rakit.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code verify-bundle PATH}: checks a bundle folder or its zip against its manifest. Prints
 * {@code OK} with the number of files and exits 0, or names each changed, missing and extra file
 * and exits 1.
 */
final class VerifyBundleCommand {

    private final Messages messages;

    VerifyBundleCommand(Messages messages) {
        this.messages = messages;
    }

    int run(List<String> args, PrintStream out) throws UsageException, IOException {
        if (args.size() != 1) {
            throw new UsageException(messages.get("cli.verify.usage"));
        }
        Path bundle = Path.of(args.get(0));
        if (bundle.getFileName() != null && bundle.getFileName().toString().equals("manifest.json")) {
            bundle = bundle.toAbsolutePath().getParent();
        }
        if (!Files.exists(bundle)) {
            throw new UsageException(messages.get("cli.verify.noPath", args.get(0)));
        }
        BundleVerifier.Verification v = BundleVerifier.verify(bundle);
        if (v.intact()) {
            out.println(messages.get("cli.verify.ok", v.files()));
            return 0;
        }
        for (String f : v.changed()) {
            out.println(messages.get("verify.changed", f));
        }
        for (String f : v.missing()) {
            out.println(messages.get("verify.missing", f));
        }
        for (String f : v.extra()) {
            out.println(messages.get("verify.extra", f));
        }
        out.println(messages.get("cli.verify.notOk", v.changed().size(), v.missing().size(), v.extra().size()));
        return 1;
    }
}
