package id.rakit.post;

import java.util.List;

/**
 * The posts a query selects as the list shows them: the first {@link PostQuery#limit()} of
 * them, most recently changed first, and how many there are in all.
 */
public record PostPage(List<PostSummary> posts, int total) {

    /** How many posts the list shows at first, and how many more each "show more" adds. */
    public static final int SIZE = 200;

    public PostPage {
        posts = List.copyOf(posts);
    }

    /** How many the query selects beyond those shown. */
    public int more() {
        return Math.max(0, total - posts.size());
    }
}
