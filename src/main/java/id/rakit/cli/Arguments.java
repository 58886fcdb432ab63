package id.rakit.cli;

import id.rakit.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options followed by positional arguments. */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags = new java.util.HashSet<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> known, Messages m) throws UsageException {
        return parse(args, known, Set.of(), m);
    }

    /** As {@link #parse(List, Set, Messages)}, with {@code flags}: options that take no value. */
    static Arguments parse(List<String> args, Set<String> known, Set<String> flags, Messages m) throws UsageException {
        Arguments a = new Arguments();
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!onlyPaths && arg.equals("--")) {
                onlyPaths = true;
            } else if (!onlyPaths && arg.startsWith("--")) {
                String name = arg;
                String value;
                int eq = arg.indexOf('=');
                if (flags.contains(arg)) {
                    if (!a.flags.add(arg)) {
                        throw new UsageException(m.get("cli.error.repeated", arg));
                    }
                    continue;
                }
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(m.get("cli.error.missingValue", name));
                    }
                    value = args.get(++i);
                }
                if (!known.contains(name)) {
                    throw new UsageException(m.get("cli.error.unknownOption", name));
                }
                if (a.options.put(name, value) != null) {
                    throw new UsageException(m.get("cli.error.repeated", name));
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
