import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Teams app icons: a chat bubble with a pulse line, for "why did this call go wrong".
 * {@code color.png} is 192x192, the symbol in white on the accent colour; {@code outline.png} is
 * 32x32, the same symbol in white on transparent, as Teams requires of an outline icon.
 *
 * <pre>java tools/icons/DrawIcons.java manifest</pre>
 */
public final class DrawIcons {
    /** The manifest's accentColor, so the icon and the tile around it match. */
    private static final Color ACCENT = new Color(0x0B, 0x6A, 0x7A);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java tools/icons/DrawIcons.java OUTPUT_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        // Teams keeps the symbol of a colour icon inside the middle 96 of its 192 pixels.
        write(draw(192, ACCENT, 96), folder.resolve("color.png"));
        write(draw(32, null, 28), folder.resolve("outline.png"));
    }

    /** The symbol is designed on a 32-unit grid and scaled to {@code symbolSize}, centred. */
    private static BufferedImage draw(int size, Color background, int symbolSize) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (background != null) {
            g.setColor(background);
            g.fillRect(0, 0, size, size);
        }
        double scale = symbolSize / 32.0;
        double offset = (size - symbolSize) / 2.0;
        AffineTransform grid = new AffineTransform(scale, 0, 0, scale, offset, offset);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(grid.createTransformedShape(bubble()));
        g.draw(grid.createTransformedShape(pulse()));
        g.dispose();
        return image;
    }

    private static Shape bubble() {
        Area bubble = new Area(new RoundRectangle2D.Double(2, 3, 28, 20, 7, 7));
        Path2D tail = new Path2D.Double();
        tail.moveTo(8, 21);
        tail.lineTo(7, 29);
        tail.lineTo(15, 22);
        tail.closePath();
        bubble.add(new Area(tail));
        return bubble;
    }

    private static Shape pulse() {
        Path2D line = new Path2D.Double();
        line.moveTo(7, 13);
        line.lineTo(11.5, 13);
        line.lineTo(14, 8);
        line.lineTo(18, 18);
        line.lineTo(20.5, 13);
        line.lineTo(25, 13);
        return line;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer for " + file);
        }
        System.out.println("Wrote " + file + " (" + image.getWidth() + "x" + image.getHeight() + ")");
    }
}
