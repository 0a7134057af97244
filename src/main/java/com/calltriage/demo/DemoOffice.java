package com.calltriage.demo;

/**
 * An office network of the demo tenant: one /24 per floor-free building keeps the building file small.
 *
 * @param building  the building name the CQD building file gives the subnet
 * @param city      where it is
 * @param subnet    the network address, e.g. 10.10.1.0
 * @param dnsSuffix the DNS suffix office machines get
 */
public record DemoOffice(String building, String city, String subnet, String dnsSuffix) {

    /** The address of the host with the given last octet. */
    public String host(int lastOctet) {
        return subnet.substring(0, subnet.lastIndexOf('.') + 1) + lastOctet;
    }
}
