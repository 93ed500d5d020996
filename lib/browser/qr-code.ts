// A link as a QR code image, to open on a phone with its camera. The library loads only when a
// code is made; null if it cannot load (offline before it was ever saved).

export const QR_CODE_SIZE = 200;

export async function qrCodeImage(url: string): Promise<string | null> {
  try {
    const { toDataURL } = await import("qrcode");
    // The standard quiet zone of 4 modules, which camera apps rely on.
    return await toDataURL(url, { errorCorrectionLevel: "M", margin: 4, width: QR_CODE_SIZE });
  } catch {
    return null;
  }
}
