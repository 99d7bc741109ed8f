package com.boxoffice.ordering.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as black-and-white PNG images with a quiet zone, so that phone cameras at the door read them.
 * Modules are drawn straight into the image's packed bits (one bit per pixel): drawing pixel by pixel
 * through the colour model cost more than everything else in a confirmation email.
 */
public final class QrCodes {

    static final int PIXELS_PER_MODULE = 8;

    private QrCodes() {
    }

    public static byte[] png(String text) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text, e);
        }
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (size + 7) / 8;
        Arrays.fill(bits, (byte) 0xFF); // palette index 1: white
        for (int y = 0; y < size; y++) {
            int row = y * stride;
            for (int x = 0; x < size; x++) {
                if (modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE)) {
                    bits[row + (x >> 3)] &= (byte) ~(0x80 >> (x & 7));
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
