package com.hedgeflow.installer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon — a delta on the dark theme's surface, crossed by a flow line — and writes it in
 * each desktop's format: {@code linux/Hedgeflow.png} (256 px), {@code windows/Hedgeflow.ico} (16–256 px) and
 * {@code macos/Hedgeflow.icns} (16–1024 px). Colours are the dark theme's (styles/dark.css).
 *
 * <p>Not part of the build: the icons are committed. After changing the drawing, run from the repository root
 * {@code java installer/src/main/java/com/hedgeflow/installer/IconMaker.java installer/src/jpackage}
 * and look at the PNG.
 */
public final class IconMaker {
    private static final Color SURFACE_TOP = new Color(0x1b232c);
    private static final Color SURFACE_BOTTOM = new Color(0x0e1217);
    private static final Color BORDER = new Color(0x263140);
    private static final Color ACCENT = new Color(0x4d9cf8);
    private static final Color UP = new Color(0x2fbf7f);

    private IconMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "installer/src/jpackage");
        Files.createDirectories(root.resolve("linux"));
        Files.createDirectories(root.resolve("windows"));
        Files.createDirectories(root.resolve("macos"));
        Files.write(root.resolve("linux/Hedgeflow.png"), png(draw(256)));
        Files.write(root.resolve("windows/Hedgeflow.ico"), ico());
        Files.write(root.resolve("macos/Hedgeflow.icns"), icns());
        System.out.println("icons written under " + root);
    }

    /** The icon at one size, drawn for that size rather than scaled, so small sizes stay crisp. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size;
            double margin = s * 0.06;
            RoundRectangle2D tile = new RoundRectangle2D.Double(margin, margin, s - 2 * margin, s - 2 * margin,
                    s * 0.36, s * 0.36);
            g.setPaint(new GradientPaint(0, (float) margin, SURFACE_TOP, 0, (float) (s - margin), SURFACE_BOTTOM));
            g.fill(tile);
            g.setColor(BORDER);
            g.setStroke(new BasicStroke((float) Math.max(1, s * 0.012)));
            g.draw(tile);

            // The delta: the book's net delta is what the workstation is about.
            Path2D delta = new Path2D.Double();
            delta.moveTo(s * 0.50, s * 0.22);
            delta.lineTo(s * 0.78, s * 0.74);
            delta.lineTo(s * 0.22, s * 0.74);
            delta.closePath();
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke((float) (s * 0.075), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(delta);

            // The flow: a hedge bringing it back to flat.
            Path2D flow = new Path2D.Double();
            flow.moveTo(s * 0.16, s * 0.60);
            flow.curveTo(s * 0.34, s * 0.42, s * 0.50, s * 0.70, s * 0.66, s * 0.54);
            flow.curveTo(s * 0.74, s * 0.46, s * 0.80, s * 0.50, s * 0.86, s * 0.52);
            g.setColor(UP);
            g.setStroke(new BasicStroke((float) (s * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(flow);
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Windows icon: the 256 px image as PNG (how Windows stores the large size), the small ones as 32-bit
     * bitmaps, which every part of Windows reads.
     */
    static byte[] ico() {
        int[] sizes = {16, 24, 32, 48, 64, 128, 256};
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            BufferedImage image = draw(sizes[i]);
            images[i] = sizes[i] == 256 ? png(image) : dib(image);
        }
        int headerSize = 6 + 16 * sizes.length;
        int total = headerSize;
        for (byte[] image : images) {
            total += image.length;
        }
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int i = 0; i < sizes.length; i++) {
            ico.put((byte) (sizes[i] == 256 ? 0 : sizes[i])).put((byte) (sizes[i] == 256 ? 0 : sizes[i]));
            ico.put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32);
            ico.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            ico.put(image);
        }
        return ico.array();
    }

    /** BITMAPINFOHEADER, BGRA rows bottom-up, then the (all-clear) 1-bit AND mask the format still requires. */
    private static byte[] dib(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer dib = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        dib.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) 32).putInt(0)
                .putInt(w * h * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                dib.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        return dib.array(); // the mask is the zero bytes left at the end
    }

    /** A macOS icon family of PNG entries, one per size and Retina pair. */
    static byte[] icns() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic13", 256);
        types.put("ic08", 256);
        types.put("ic14", 512);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        try {
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(entries);
            Map<Integer, byte[]> drawn = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> type : types.entrySet()) {
                byte[] png = drawn.computeIfAbsent(type.getValue(), size -> png(draw(size)));
                out.writeBytes(type.getKey());
                out.writeInt(8 + png.length);
                out.write(png);
            }
            ByteArrayOutputStream icns = new ByteArrayOutputStream();
            DataOutputStream file = new DataOutputStream(icns);
            file.writeBytes("icns");
            file.writeInt(8 + entries.size());
            entries.writeTo(file);
            return icns.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
