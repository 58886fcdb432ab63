package id.rakit.library;

import java.util.List;

/**
 * What a check of a data folder found: how many file records and library files it looked at,
 * and each problem with the file it concerns.
 *
 * @param records the library files the database knows
 * @param intact  the files of the library that hold exactly what was imported (their SHA-256 matches)
 */
public record DataFolderReport(int records, int intact, List<Problem> problems) {

    /** What kind of problem. */
    public enum Kind {
        /** There is no database file at all. */
        NO_DATABASE,
        /** The database file is there but holds nothing (0 bytes, or no tables). */
        EMPTY_DATABASE,
        /** SQLite's own check finds the database damaged, or it is no database. */
        DAMAGED_DATABASE,
        /** A record's file is not in the library. */
        MISSING,
        /** A record's file is there but holds other bytes than were imported. */
        CHANGED,
        /** A file in the library that no record knows. */
        UNLISTED,
        /** A library file that cannot be read. */
        UNREADABLE
    }

    /**
     * One problem.
     *
     * @param file   the database file, or the library file (relative to the data folder, "library/ab/abcd….jpg")
     * @param detail what SQLite or the disk said, when there is more to say (in English, for the log)
     * @param names  the names the file was imported under, when a record knows it
     */
    public record Problem(Kind kind, String file, String detail, List<String> names) {
    }

    public DataFolderReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Whether the database itself is missing, empty or damaged (then the library was not compared with it). */
    public boolean databaseProblem() {
        return problems.stream().anyMatch(p -> p.kind() == Kind.NO_DATABASE || p.kind() == Kind.EMPTY_DATABASE
                || p.kind() == Kind.DAMAGED_DATABASE);
    }
}
