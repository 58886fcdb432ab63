package id.rakit.evidence.rendition;

/** Width and height of a picture in pixels, as it is shown (after orientation) unless said otherwise. */
public record PixelSize(int width, int height) {

    public PixelSize {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    public int longEdge() {
        return Math.max(width, height);
    }

    /** "6000 x 4000", the form the TOO_MANY_PIXELS message expects as its argument. */
    @Override
    public String toString() {
        return width + " x " + height;
    }
}
