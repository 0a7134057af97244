package com.calltriage.callrecord;

/**
 * The audio devices on one side of a media line and what they reported.
 *
 * @param captureDeviceName   microphone name; engineer-level data
 * @param captureDeviceDriver microphone driver
 * @param renderDeviceName    speaker name; engineer-level data
 * @param renderDeviceDriver  speaker driver
 * @param metrics             the device metrics Graph sent
 */
public record DeviceInfo(String captureDeviceName, String captureDeviceDriver, String renderDeviceName,
                         String renderDeviceDriver, Measurements metrics) {
}
