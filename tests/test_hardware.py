"""The hardware catalogue on real strings: canonical names, counts, memory, and what is not hardware."""

from __future__ import annotations

import pytest

from extractor.cleanup import clean
from extractor import hardware
from extractor.hardware import find_hardware
from extractor.prefilter import is_candidate, sentence_words


@pytest.mark.parametrize("text, expected", [
    ("validated in a cloud environment with 32 NVIDIA A100 GPUs", [("NVIDIA A100", 32, None)]),
    ("a production-class cluster (48xGH200, 8xH200 GPUs)", [("NVIDIA GH200", 48, None), ("NVIDIA H200", 8, None)]),
    ("a 4XA100 GPU server and 8X H100 GPUs", [("NVIDIA A100", 4, None), ("NVIDIA H100", 8, None)]),  # Z199
    ("on a single 8timesA800 GPU machine", [("NVIDIA A800", 8, None)]),
    ("deploying on a single Nvidia 4090 GPU", [("NVIDIA RTX 4090", 1, None)]),
    ("consumer GPUs (e.g., NVIDIA RTX 4090)", [("NVIDIA RTX 4090", None, None)]),
    ("on a single A100-80G-SMX4", [("NVIDIA A100", 1, "80GB")]),
    ("on 4 A100 80GB GPUs", [("NVIDIA A100", 4, "80GB")]),
    ("We train on 8 A100-80GB GPUs.", [("NVIDIA A100", 8, "80GB")]),
    ("We scale training to 1,024 TPU v5p chips.", [("Google TPU v5p", 1024, None)]),
    ("Training used 2048 Ascend 910B NPUs.", [("Huawei Ascend 910B", 2048, None)]),
    ("SoundStorm generates 30 seconds of audio in 0.5 seconds on a TPU-v4.", [("Google TPU v4", None, None)]),
    ("We deploy EEGformer on the single-core Apollo4 MCU and two ARM Cortex-M4F boards.",
     [("Ambiq Apollo4", None, None), ("ARM Cortex-M4F", 2, None)]),
    ("latency on the MAX78000 and HX6538 WE2 µNPUs", [("Analog Devices MAX78000", None, None), ("Himax HX6538 WE2", None, None)]),
    ("inference on a Low Power STM Nucleo-32 MCU", [("STMicroelectronics Nucleo-32", None, None)]),
    ("We run it on a Meta Quest 3 and a Magic Leap 2.", [("Meta Quest 3", None, None), ("Magic Leap 2", None, None)]),
    ("Experiments on an NVIDIA DGX GB200 node show 3x speedups.", [("NVIDIA DGX GB200", None, None)]),
    ("a 100x speedup on 8 x Nvidia 6000 Ada GPU (48G)", [("NVIDIA RTX 6000 Ada", 8, None)]),
    ("the Snapdragon XR2 Gen 2 of the Quest 3 VR headset",
     [("Qualcomm Snapdragon XR2 Gen 2", None, None), ("Meta Quest 3", None, None)]),
    ("on the Apple Vision Pro and Microsoft HoloLens 2", [("Apple Vision Pro", None, None), ("Microsoft HoloLens 2", None, None)]),
    ("On-Device Training of Fully Quantized Networks on Cortex-M Microcontrollers", [("ARM Cortex-M", None, None)]),
    ("Inference runs on two Yitian 710 CPUs.", [("Alibaba Yitian 710", 2, None)]),
    ("kernels tuned for NVIDIA's recent Blackwell architecture", [("NVIDIA Blackwell", None, None)]),
    ("the Hopper architecture", [("NVIDIA Hopper", None, None)]),  # an architecture is a device line
    # a Mac named with its chip is that chip
    ("on a MacBook Air M1 and a MacBook M1 Pro laptop", [("Apple M1", None, None), ("Apple M1 Pro", None, None)]),
    ("it runs on the neural processors of phones", [("NPU", None, None)]),
    ("deployed on MAX78000/MAX78002 microcontrollers", [("Analog Devices MAX78000", None, None),
                                                         ("Analog Devices MAX78002", None, None)]),
    ("kernels for MetaX GPUs and Moore Threads GPUs", [("MetaX GPU", None, None), ("Moore Threads GPU", None, None)]),
    ("training on 16 Cambricon MLU370 cards", [("Cambricon MLU370", 16, None)]),
    ("on a Jetson Xavier AGX and a Tegra X2", [("NVIDIA Jetson AGX Xavier", None, None), ("NVIDIA Tegra X2", None, None)]),
    # a code in the same "on <name>" slot as a name that needs nothing is a device of that line
    ("It gains 2.4x (median 1.3x) on H100, 2.1x on L40 and 1.9x on H20.",
     [("NVIDIA H100", None, None), ("NVIDIA L40", None, None), ("NVIDIA H20", None, None)]),
    ("Throughput rises by 84% on T4 and by 11% on A10 GPUs.", [("NVIDIA T4", None, None), ("NVIDIA A10", None, None)]),
    ("a server with an Ampere Altra Max CPU", [("Ampere Altra Max", None, None)]),
    ("older NVIDIA Maxwell and Pascal GPUs", [("NVIDIA Maxwell", None, None), ("NVIDIA Pascal", None, None)]),
    ("a classifier on an Arduino Nano board", [("Arduino Nano", None, None)]),
    ("a Mac Studio with M2 Ultra", [("Apple Mac Studio", None, None), ("Apple M2 Ultra", None, None)]),
    ("a run on 1,440 NVIDIA Hopper GPUs", [("NVIDIA Hopper", 1440, None)]),
    ("using 4x A100-40G accelerators", [("NVIDIA A100", 4, "40GB")]),
    ("It runs on H100-SXM nodes.", [("NVIDIA H100", None, None)]),
    ("an 8-H100 GPU node", [("NVIDIA H100", 8, None)]),
    ("a 64-NVIDIA-H100 cluster", [("NVIDIA H100", 64, None)]),
    ("loosely-coupled (PCIe A100/H100) and closely-coupled (GH200) systems",
     [("NVIDIA A100", None, None), ("NVIDIA H100", None, None), ("NVIDIA GH200", None, None)]),
    ("the Grace CPU as a key factor", [("NVIDIA Grace", None, None)]),
    ("edge servers with NVIDIA Jetson AGX Orins", [("NVIDIA Jetson AGX Orin", None, None)]),
    ("on an NVIDIA Jetson Orin AGX", [("NVIDIA Jetson AGX Orin", None, None)]),
    ("Android, iOS and Nvidia Jetson devices", [("NVIDIA Jetson", None, None)]),
    ("T4 GPUs", [("NVIDIA T4", None, None)]),
    ("It reaches 1.66x on L40S and 2.09x on A40.", [("NVIDIA L40S", None, None), ("NVIDIA A40", None, None)]),
    ("on a Xilinx Virtex UltraScale+ VU9P FPGA", [("Xilinx Virtex UltraScale+ VU9P", None, None)]),
    ("a Kintex UltraScale+ KU115 board", [("Xilinx Kintex UltraScale+ KU115", None, None)]),
    ("an A10G instance", [("NVIDIA A10G", None, None)]),
    ("on a single L40s 48GB GPU", [("NVIDIA L40S", 1, "48GB")]),
    ("trained across 49,152 AMD GPUs on Frontier", [("AMD GPU", 49152, None)]),
    ("on eight NVIDIA GPUs", [("NVIDIA GPU", 8, None)]),
    ("on 512 NVIDIA and AMD GPUs", [("NVIDIA GPU", None, None), ("AMD GPU", None, None)]),
    # (the short name in brackets is the same device, not a second mention)
    ("1,936 nodes (7,744 Grace-Hopper Superchips (GH200))", [("NVIDIA GH200", 7744, None)]),
    ("the NVIDIA Grace CPU", [("NVIDIA Grace", None, None)]),
    ("on 192 Kunpeng CPUs and Huawei Kunpeng 920 CPUs",
     [("Huawei Kunpeng", 192, None), ("Huawei Kunpeng 920", None, None)]),
    ("on a Cerebras WSE and a Cerebras WSE-3", [("Cerebras WSE", None, None), ("Cerebras WSE-3", None, None)]),
    ("We train on 96 NPUs and two FPGAs.", [("NPU", 96, None), ("FPGA", 2, None)]),
    ("on a Raspberry Pi 4B/5 board", [("Raspberry Pi 4B", None, None), ("Raspberry Pi 5", None, None)]),
    # Z615, Z619: a count of nodes before a device name counts no devices
    ("an empirical analysis of a 63-node NVIDIA B200 production cluster (504 GPUs)", [("NVIDIA B200", None, None)]),
    ("and prototype on a five-node A100 testbed", [("NVIDIA A100", None, None)]),
    # Z617: the memory of each device in brackets after it
    ("under strict constraints: training on 4 NVIDIA\nA40 GPUs (48 GB VRAM each) within 24 hours",
     [("NVIDIA A40", 4, "48GB")]),
    # Z601, Z604, Z605: a Banana Pi board with or without its space; Habana by the line's name (not the company);
    # Intel's vRAN accelerator card
    ("on two real RISC-V platforms, the K230 and the BananaPi F3, and a Banana Pi BPI-M5 board",
     [("Banana Pi F3", None, None), ("Banana Pi M5", None, None)]),
    ("specialized AI accelerators, Intel Habana and SambaNova, since Habana Labs was acquired",
     [("Intel Habana", None, None), ("SambaNova", None, None)]),
    ("sharing Intel's ACC100 eASIC across multiple CPU cores; a single CPU core and the ACC100 accelerator",
     [("Intel ACC100", None, None), ("Intel ACC100", None, None)]),
    ("on Huawei Ascend 300I Duo cards", [("Huawei Ascend 300I Duo", None, None)]),
    ("on modern GPUs (e.g., Hopper, Blackwell)", [("NVIDIA Hopper", None, None), ("NVIDIA Blackwell", None, None)]),
    ("on GPUs such as T4 and L4", [("NVIDIA T4", None, None), ("NVIDIA L4", None, None)]),
    ("with 16 NPU cores and 512 NVIDIA GPU nodes", [("NPU", None, None), ("NVIDIA GPU", None, None)]),
    ("on an L40 GPU and 8 A100s", [("NVIDIA L40", None, None), ("NVIDIA A100", 8, None)]),
    ("The run used 4K Ascend 910B NPUs.", [("Huawei Ascend 910B", 4000, None)]),
    ("evaluated on VC709 and KCU105 boards", [("Xilinx VC709", None, None), ("Xilinx KCU105", None, None)]),
    ("a desktop i5-12400F CPU", [("Intel Core i5-12400F", None, None)]),
    ("on an OPPO Find X6 and a Xiaomi 13 Pro", [("OPPO Find X6", None, None), ("Xiaomi 13 Pro", None, None)]),
    ("a OnePlus 11 and a Redmi Note 13", [("OnePlus 11", None, None), ("Xiaomi Redmi Note 13", None, None)]),
    ("spiking chips such as IBM TrueNorth", [("IBM TrueNorth", None, None)]),
    ("we deploy on a Core i9-13900K", [("Intel Core i9-13900K", None, None)]),
    ("low-power FPGAs (e.g., AMD KV260)", [("FPGA", None, None), ("AMD KV260", None, None)]),
    ("an NVIDIA RTX 2000 Ada card", [("NVIDIA RTX 2000 Ada", None, None)]),
    ("on an NVIDIA RTX ADA 6000 GPU", [("NVIDIA RTX 6000 Ada", None, None)]),
    ("on a GAP9 microcontroller", [("GreenWaves GAP9", None, None)]),
    ("both Qualcomm and MTK processors", [("Qualcomm CPU", None, None), ("MediaTek CPU", None, None)]),
    ("We train on 1,000+ NVIDIA H100 GPUs.", [("NVIDIA H100", 1000, None)]),
    # a name that needs its vendor or a device word borrows it along a list
    ("on T4 and A10 GPUs", [("NVIDIA T4", None, None), ("NVIDIA A10", None, None)]),
    ("on L4, T4, and A10G GPUs", [("NVIDIA L4", None, None), ("NVIDIA T4", None, None), ("NVIDIA A10G", None, None)]),
    ("NVIDIA L4 and T4 instances", [("NVIDIA L4", None, None), ("NVIDIA T4", None, None)]),
    ("experiments on T4 and Snapdragon 855 chips", [("Qualcomm Snapdragon 855", None, None)]),
    # a vendor's processor of another kind is no CPU
    ("We port the spiking model to Intel's neuromorphic processor, Loihi 2.", [("Intel Loihi 2", None, None)]),
    ("The network runs on Loihi-2 and consumes 3x less energy.", [("Intel Loihi 2", None, None)]),
    ("deployed on Intel's Loihi2 chip", [("Intel Loihi 2", None, None)]),
    # Z329: boards of TinyML and robotics work
    ("When deployed on a Teensy 4.1 microcontroller, the network executes inference in 4.7 ms.", [("Teensy 4.1", None, None)]),
    ("The pipeline runs on the Qualcomm RB5 Gen2 platform.", [("Qualcomm RB5 Gen 2", None, None)]),
    # Z354: AI accelerators and supercomputers by their system names
    ("We benchmark the Graphcore Bow Pod64 and 48 CS-2 systems.",
     [("Graphcore Bow Pod64", None, None), ("Cerebras CS-2", 48, None)]),
    ("Operator fusion for LLM inference on Tenstorrent's Tensix architecture", [("Tenstorrent Tensix", None, None)]),
    ("Stencil Computations on Cerebras CS-2 Systems", [("Cerebras CS-2", None, None)]),
    ("Performance on the WSE3 beats 128 nodes of a CPU-based Cray-EX supercomputer.",
     [("Cerebras WSE-3", None, None), ("HPE Cray EX", None, None)]),
    ("Cerebras Systems released a new chip.", []),
    # Z357, Z358, Z363: revisions as letters, Apple's lines, camera boards and the wafer-scale cluster
    ("It is deployed on Apollo4b and the OpenMV H7 R2 board.", [("Ambiq Apollo4b", None, None), ("OpenMV H7 R2", None, None)]),
    ("A GEMM kernel for Apple's M-series processors runs Llama on a single 64GB consumer Mac, not on Mac OS.",
     [("Apple M-series", None, None), ("Apple Mac", None, None)]),
    ("It was trained on the Cerebras Wafer-Scale Cluster.", [("Cerebras Wafer-Scale Cluster", None, None)]),
    # Z365, Z367: a family's series number, and GPU dies by their chip names (with the vendor or a device word)
    ("It runs on a Xilinx Zynq-7000 SoC, an NVIDIA GV100 GPU and the GA100 chip; GP100 alone is a code.",
     [("Xilinx Zynq-7000", None, None), ("NVIDIA GV100", None, None), ("NVIDIA GA100", None, None)]),
    # Z375: Groq's systems, a pod joined by a hyphen
    ("We measure GroqRack Language Processing Units (LPUs) and the Graphcore Bow-Pod64.",
     [("Groq GroqRack", None, None), ("Graphcore Bow-Pod64", None, None)]),
    # Z386, Z391: the AGX module line with no generation, the Titan RTX written the other way round, a Mac named
    # after its chip
    ("It runs at 111 fps on NVIDIA Jetson AGX, and on edge platforms such as the NVIDIA Jetson Nano and RTX Titan.",
     [("NVIDIA Jetson AGX", None, None), ("NVIDIA Jetson Nano", None, None), ("NVIDIA Titan RTX", None, None)]),
    ("a 0.5B model on an M1 MacBook, an M2 Max Mac Studio and a MacBook Pro",
     [("Apple M1", None, None), ("Apple M2 Max", None, None), ("Apple MacBook Pro", None, None)]),
    # Z393, Z395: Rockchip's SoCs, and the RF variant of a Zynq UltraScale+ part
    ("67 frames/s on a Rockchip RK3588S and the RV1126, and 24x faster on a Zynq UltraScale+ RFSoC",
     [("Rockchip RK3588S", None, None), ("Rockchip RV1126", None, None), ("Xilinx Zynq UltraScale+ RFSoC", None, None)]),
    # the RF system-on-chip family by its short name after the vendor's; Spartan UltraScale without its plus (Z532, Z533)
    ("the QICK platform, which is built on Xilinx RFSoC FPGAs", [("Xilinx RFSoC", None, None)]),
    ("deploying it on a cost-optimized Spartan UltraScale FPGA", [("Xilinx Spartan UltraScale", None, None)]),
    ("a radio frequency system on chip (RFSoC) ZCU111 FPGA", [("Xilinx ZCU111", None, None)]),
    # Z394, Z399, Z400: Xilinx's 7-series parts and low-cost families, Broadcom's SoCs, an Arm core named without
    # "Cortex" after its vendor (not the ISA), SynSense's chips, HPE's computer in space, Fujitsu's A64FX
    ("3.8 uJ per inference on the FPGA XC7S15 from Spartan-7 family, and on an Artix-7",
     [("FPGA", None, None), ("Xilinx XC7S15", None, None), ("Xilinx Spartan-7", None, None),
      ("Xilinx Artix-7", None, None)]),
    ("a 1.98x speed-up on a Raspberry Pi 5 CPU (BCM2712 quad-core Arm A76 processor)",
     [("Raspberry Pi 5", None, None), ("Broadcom BCM2712", None, None), ("ARM Cortex-A76", None, None)]),
    ("the Arm A64 instruction set", []),
    ("neuromorphic processing on the commercially available Speck2f system-on-chip",
     [("SynSense Speck2f", None, None)]),
    ("processors hosted by Hewlett Packard Enterprise’s Spaceborne Computer-2 and the A64FX of Fugaku",
     [("HPE Spaceborne Computer-2", None, None), ("Fujitsu A64FX", None, None)]),
    # Z401, Z408: Lattice's FPGAs, Sony's Spresense, Horizon Robotics' chips; not the vendor's tools named after STM32
    ("140 ms on the iCE40UP5K at 20 MHz, a Sony Spresense microcontroller and the Horizon X3E chip",
     [("Lattice iCE40UP5K", None, None), ("Sony Spresense", None, None), ("Horizon Robotics X3E", None, None)]),
    ("tested on boards through the STM32 Edge AI Developer Cloud and STM32Cube.AI", []),
    # Z414: the second Neural Compute Stick by its short name
    ("up to 2.13x faster on Intel NCS2 for MobileNetV1, and on an NCS 2 stick", [("Intel NCS2", None, None),
                                                                                ("Intel NCS2", None, None)]),
    # Z416: the brand in lower case between the count and the model
    ("docked with 50 tesla V100 GPUs", [("NVIDIA V100", 50, None)]),
    # Z424, Z425: Coral's TPU by that name; Espressif's camera board and Infineon's PSoC; a price is no count
    ("edge inference with Google Coral TPU on an Infineon PSoC 62S2 kit and a $20 ESP-EYE board",
     [("Google Coral TPU", None, None), ("Infineon PSoC 62S2", None, None), ("Espressif ESP-EYE", None, None)]),
    # Z435, Z436: a short name in brackets after the name is the same device (not "A100 (H100)"); Zynq-7000
    # parts by number; the Coral board in lower case
    ("on Intel Neural Compute Stick 2 (NCS2), NVIDIA A100 (H100) GPUs, a low-end Zynq-7010 FPGA and the Coral Dev "
     "board", [("Intel Neural Compute Stick 2", None, None), ("NVIDIA A100", None, None), ("NVIDIA H100", None, None),
               ("Xilinx Zynq-7010", None, None), ("Google Coral Dev board", None, None)]),
    # Z439: a device word after a list of variants is no variant; a processor number with a lower-case suffix
    ("on Raspberry Pi 4 and 5, and TPU accelerators, and an Intel i9-10920x CPU",
     [("Raspberry Pi 4", None, None), ("Raspberry Pi 5", None, None), ("TPU", None, None),
      ("Intel Core i9-10920x", None, None)]),
    # Z441: the board's variant after its name
    ("deployed on a Coral Dev Board Micro", [("Google Coral Dev Board Micro", None, None)]),
    # Z453, Z455, Z457, Z460: the A100X, GeForce generations as a whole, SpiNNaker, a count whose "×" was lost
    ("compared to an NVIDIA A100X DPU and the A100", [("NVIDIA A100X", None, None), ("NVIDIA A100", None, None)]),
    ("at 30 FPS on NVIDIA’s GeForce 20 series or AMD’s Radeon RX 6000 series, and on the RTX 30 series",
     [("NVIDIA GeForce 20", None, None), ("AMD Radeon RX 6000", None, None), ("NVIDIA GeForce 30", None, None)]),
    ("deployed on the SpiNNaker2 neuromorphic chip, SpiNNaker 2 and the first SpiNNaker machine",
     [("SpiNNaker2", None, None), ("SpiNNaker2", None, None), ("SpiNNaker", None, None)]),
    ("Experimental results on a 4A100 GPU server, not on 3D data", [("NVIDIA A100", 4, None)]),
    # Z465, Z468: the Blackwell RTX PRO, a vendor's GPUs with two adjectives joined
    ("a single RTX PRO 6000 Blackwell GPU and the RTX 6000 Ada",
     [("NVIDIA RTX PRO 6000 Blackwell", 1, None), ("NVIDIA RTX 6000 Ada", None, None)]),
    ("portable across NVIDIA consumer and data-center GPUs; Intel and we use GPUs", [("NVIDIA GPU", None, None)]),
    # Z332: the tier written in capitals
    ("The model runs in 30 ms on one NVIDIA RTX 2080TI GPU.", [("NVIDIA RTX 2080 Ti", 1, None)]),
    ("trained on a GTX 1080 TI and tested on a 3090 Ti", [("NVIDIA GTX 1080 Ti", None, None), ("NVIDIA RTX 3090 Ti", None, None)]),
    # Z569: the device's memory said next to it (a standard size; not a run's memory use)
    ("fine-tunes GPT-3 175B on a 24GB NVIDIA RTX 4090 GPU", [("NVIDIA RTX 4090", None, "24GB")]),
    ("trains LLaMA-7B on an NVIDIA RTX 4060 Ti with only 16 GB memory", [("NVIDIA RTX 4060 Ti", None, "16GB")]),
    ("fine-tunes a 65B model on 8 RTX 3090, each with 24GB memory", [("NVIDIA RTX 3090", 8, "24GB")]),
    ("serves the model on a single A100 with 20GB peak memory", [("NVIDIA A100", 1, None)]),
    ("fits on one A100 with 37 GB of weights", [("NVIDIA A100", 1, None)]),
    # Z553: the vendors of one device class listed after it
    ("a characterization spanning four GPU vendors (NVIDIA, AMD, Apple, Intel), two native implementations",
     [("NVIDIA GPU", None, None), ("AMD GPU", None, None), ("Apple GPU", None, None), ("Intel GPU", None, None)]),
    ("portable across CPU vendors such as Intel and AMD", [("Intel CPU", None, None), ("AMD CPU", None, None)]),
    # Z559: the tier glued in lower case
    ("trained on a consumer-grade GPU such as GTX1080ti", [("NVIDIA GTX 1080 Ti", None, None)]),
    ("an RTX3090ti and a GeForce RTX 4070ti", [("NVIDIA RTX 3090 Ti", None, None), ("NVIDIA RTX 4070 Ti", None, None)]),
    ("the GTX 1080 ti", [("NVIDIA GTX 1080", None, None)]),
    # Z315: RISC-V processors and microcontrollers with an NPU
    ("This paper aims at filling this gap, focusing on optimizing LLM inference on the Sophon SG2042, the first "
     "commercially available many-core RISC-V CPU with vector processing capabilities.", [("Sophon SG2042", None, None)]),
    ("This work aims to evaluate the BERT and GPT-2 language models inference performance on the SOPHON SG2042 64-core "
     "RISC-V architecture with silicon-enabled RVV v0.7.1.", [("Sophon SG2042", None, None)]),
    ("using the ARM Cortex-M55 core combined with the Ethos-U55 NPU on the Alif Semiconductor Ensemble E7 development "
     "board as a representative platform", [("ARM Cortex-M55", None, None), ("ARM Ethos-U55", None, None),
                                            ("Alif Ensemble E7", None, None)]),
    ("We port the runtime to a Milk-V Pioneer board, a StarFive VisionFive 2 and a Kendryte K210.",
     [("Milk-V Pioneer", None, None), ("StarFive VisionFive 2", None, None), ("Canaan Kendryte K210", None, None)]),
    ("Benchmarks on the SiFive HiFive Unmatched and a T-Head XuanTie C910 core show the same trend.",
     [("SiFive HiFive Unmatched", None, None), ("T-Head XuanTie C910", None, None)]),
    ("AMD server processors", [("AMD CPU", None, None)]),
    # Intel's FPGA families, Versal device ids, Alveo cards named without their line
    ("an Intel Stratix 10 NX and an Agilex 7 FPGA", [("Intel Stratix 10 NX", None, None), ("Intel Agilex 7", None, None)]),
    ("the Arria 10 GX board", [("Intel Arria 10 GX", None, None)]),
    ("on a Versal VC1902", [("AMD Versal VC1902", None, None)]),
    ("We evaluate on the ZCU102 and U280 boards.", [("Xilinx ZCU102", None, None), ("AMD Alveo U280", None, None)]),
    ("the U280 visa rules and a U2 bus", []),
    # a DGX or HGX system with its GPUs; device time is no device count; names written fused or with their form
    ("on a DGX-A100 workstation and two HGX-H100 nodes", [("NVIDIA DGX A100", None, None), ("NVIDIA HGX H100", 2, None)]),
    ("pretraining took 310 A100 GPU days", [("NVIDIA A100", None, None)]),
    ("about 5,000 H100 GPU-hours on 64 H100 GPUs", [("NVIDIA H100", None, None), ("NVIDIA H100", 64, None)]),
    ("on 4xL40 PCIe GPUs", [("NVIDIA L40", 4, None)]),
    ("on an iPhone13 and a Pixel8 Pro", [("Apple iPhone 13", None, None), ("Google Pixel 8 Pro", None, None)]),
    # edge accelerators
    ("on a Coral USB Accelerator and an Intel Neural Compute Stick 2",
     [("Google Coral USB Accelerator", None, None), ("Intel Neural Compute Stick 2", None, None)]),
    ("the Movidius Myriad X VPU", [("Intel Movidius Myriad X", None, None)]),
    ("an Intel Neural Stick", [("Intel Neural Stick", None, None)]),
    ("on a Samsung S24 Ultra", [("Samsung Galaxy S24 Ultra", None, None)]),
    ("a Tofino2 switch and a ZU7EV board", [("Intel Tofino2", None, None), ("Xilinx Zynq UltraScale+ ZU7EV", None, None)]),
    ("the S24 form", []),
    ("against an NVIDIA CUDA GPU", [("NVIDIA GPU", None, None)]),
    # CPU generations by code name; in brackets after a product they only name its generation
    ("on an Intel Skylake-X CPU", [("Intel Skylake-X", None, None)]),
    ("two Sapphire Rapids sockets and an Ice Lake-SP node",
     [("Intel Sapphire Rapids", 2, None), ("Intel Ice Lake-SP", None, None)]),
    ("a Xeon Platinum 8380 (Ice Lake) server", [("Intel Xeon Platinum 8380", None, None)]),
    ("an H100 (Sapphire Rapids host)", [("NVIDIA H100", None, None), ("Intel Sapphire Rapids", None, None)]),
    ("the lake and the bridge", []),
    ("the Cortex-Max toolkit", []),
    ("the Apollo program landed in 1969", []),
    ("in quest of 3 answers, Vision Pro models take a leap", []),
    ("in 2000 Ada Lovelace's notes were reprinted", []),
    ("The probe was trained on T4 of the cohort and tested on L4.", []),
    ("a Turing test of the transformer architecture", []),  # no name in that slot vouches for them
    ("the Pascal VOC dataset and the Kepler mission", []),  # an architecture's name alone is no device
    # Versal boards and the first DGX systems
    ("on a VCK5000 card and a VEK280 kit", [("Xilinx VCK5000", None, None), ("Xilinx VEK280", None, None)]),
    ("one DGX-2 node and four DGX-1 servers", [("NVIDIA DGX-2", 1, None), ("NVIDIA DGX-1", 4, None)]),
    # "Tesla-" joined by a hyphen; the Jetson module named by its family after the vendor (not without it)
    ("eight Nvidia Tesla-V100 GPUs", [("NVIDIA V100", 8, None)]),
    ("the embedded NVIDIA Xavier board and an NVIDIA Orin Nano", [("NVIDIA Jetson Xavier", None, None),
                                                                 ("NVIDIA Jetson Orin Nano", None, None)]),
    ("as Xavier showed in the Orin dataset", []),
    # a plural "s" after a TPU version; a Xeon by its model number alone (not a year); an instruction set as target
    ("on 512 TPU v3s and Cloud TPUv4s", [("Google TPU v3", 512, None), ("Google TPU v4", None, None)]),
    ("an Intel Xeon 6330N CPU, unlike Xeon 2021 parts", [("Intel Xeon 6330N", None, None), ("Intel Xeon", None, None)]),
    ("kernels tuned on x86 and ARM architectures", [("ARM CPU", None, None)]),
    # short names of the Raspberry Pi; AMD's data-center line and architecture after the vendor; device time
    ("on an RPi4 and an RPi 3B+", [("Raspberry Pi 4", None, None), ("Raspberry Pi 3B+", None, None)]),
    ("the AMD CDNA 3 architecture and AMD Instinct GPUs", [("AMD CDNA 3", None, None), ("AMD Instinct", None, None)]),
    ("an Instinct of CDNA", []),
    ("about 48 A100 GPU training hours", [("NVIDIA A100", None, None)]),
    # a GeForce 10-series card without "GTX"; a hyphen before the Raspberry Pi's generation; the one-word Edge TPU
    ("on an NVIDIA 1080Ti GPU and a GeForce 980 Ti", [("NVIDIA GTX 1080 Ti", None, None), ("NVIDIA GTX 980 Ti", None, None)]),
    ("at 1080 pixels", []),
    ("on a Raspberry Pi-4 board", [("Raspberry Pi 4", None, None)]),
    ("a mobile GPU and an EdgeTPU", [("Google Edge TPU", None, None)]),
    # the Edge TPU without its vendor; Google's phone chip "Tensor" (not its TPUs, not NVIDIA's Tensor Cores);
    # Apple's A16 beside NVIDIA's
    ("Fast NAS on Edge TPUs", [("Google Edge TPU", None, None)]),
    # ARM named as the target platform; Apple's Neural Engine; the Myriad VPU without its vendor
    ("on ARM devices and for Arm-based targets", [("ARM CPU", None, None), ("ARM CPU", None, None)]),
    ("an ARM and an Arm-powered phone", []),
    ("the Apple Neural Engine, a neural engine and the Myriad VPU",
     [("Apple Neural Engine", None, None), ("Intel Myriad", None, None)]),
    # a Versal board after its line's name is one name; the V100S is its own card ("V100s" are V100s)
    ("the Versal VHK158 FPGA and Versal VCK5000", [("AMD Versal VHK158", None, None), ("AMD Versal VCK5000", None, None)]),
    ("an NVIDIA V100S and eight V100s", [("NVIDIA V100S", None, None), ("NVIDIA V100", 8, None)]),
    # an Intel FPGA family with its generation glued on
    ("an Intel Arria10 and a Stratix10 FPGA", [("Intel Arria 10", None, None), ("Intel Stratix 10", None, None)]),
    # "TESLA" in capitals; a hyphen before "Ti"
    ("on an NVIDIA TESLA P40 (24 GB) and a TESLA V100", [("NVIDIA P40", None, "24GB"), ("NVIDIA V100", None, None)]),
    ("an NVIDIA RTX 2080-Ti and a GTX 1080-Ti", [("NVIDIA RTX 2080 Ti", None, None), ("NVIDIA GTX 1080 Ti", None, None)]),
    ("the Google Tensor SoC and Google's Tensor", [("Google Tensor", None, None), ("Google Tensor", None, None)]),
    ("Tensor Cores and a Tensor G3", [("Google Tensor G3", None, None)]),
    ("the Apple A16 SoC and NVIDIA A16 GPUs", [("Apple A16", None, None), ("NVIDIA A16", None, None)]),
    ("an NVIDIA Jetson nano and a Jetson tx2", [("NVIDIA Jetson Nano", None, None), ("NVIDIA Jetson TX2", None, None)]),
    # an architecture name before the product says nothing more
    ("on a single NVIDIA Ampere A100 GPU", [("NVIDIA A100", 1, None)]),
    # "dual"/"quad" before a device count it ("quad-core" counts cores, not devices)
    ("on a dual NVIDIA RTX 3080 Ti configuration", [("NVIDIA RTX 3080 Ti", 2, None)]),
    # a generation written apart, a possessive vendor, a chip named without its vendor, a hyphenated model
    ("on Trainium 2 and Trainium1", [("AWS Trainium2", None, None), ("AWS Trainium1", None, None)]),
    ("Cerebras' wafer-scale engine (WSE)", [("Cerebras WSE", None, None)]),
    ("the Grayskull e150 and a Tenstorrent Wormhole n300", [("Tenstorrent Grayskull e150", None, None),
                                                            ("Tenstorrent Wormhole n300", None, None)]),
    ("the SambaNova SN-40", [("SambaNova SN-40", None, None)]),
    # a Grace Blackwell superchip is the GB200, and its rack is one system
    ("on an NVIDIA Grace Blackwell NVL72 and two GB200 NVL72 racks", [("NVIDIA GB200 NVL72", None, None),
                                                                      ("NVIDIA GB200 NVL72", 2, None)]),
    ("Grace Blackwell superchips", [("NVIDIA GB200", None, None)]),
    # a device class written out right after a product is its device word, no second claim
    ("trained on Ascend Neural Processing Units (NPUs)", [("Huawei Ascend", None, None)]),
    ("dual A100 GPUs and a quad Intel Xeon server", [("NVIDIA A100", 2, None), ("Intel Xeon", 4, None)]),
    ("a quad-core ARM Cortex-A72 CPU", [("ARM Cortex-A72", None, None)]),
    ("with eight Hopper H100 GPUs and Blackwell GPUs", [("NVIDIA H100", 8, None), ("NVIDIA Blackwell", None, None)]),
    # AMD sells the Alveo cards since it bought Xilinx
    ("on the AMD V80 FPGA and an AMD U55C card", [("AMD Alveo V80", None, None), ("AMD Alveo U55C", None, None)]),
    ("the V80 engine of the car", []),
    # a name that needs nothing vouches for the short codes listed with it
    ("We evaluate on A100, L40 and H20 across three models.",
     [("NVIDIA A100", None, None), ("NVIDIA L40", None, None), ("NVIDIA H20", None, None)]),
    ("Experiments on L4 and H100 show gains.", [("NVIDIA L4", None, None), ("NVIDIA H100", None, None)]),
    ("we probe layers L2 and L4 of a model served on an A100", [("NVIDIA A100", None, None)]),
    ("a laptop equipped with a RTX3060 GPU", [("NVIDIA RTX 3060", None, None)]),
    ("inference on a single RTX-4090 and two GTX-1080 Ti cards",
     [("NVIDIA RTX 4090", 1, None), ("NVIDIA GTX 1080 Ti", 2, None)]),
    # the "RTX" of the professional line is part of the name where the text writes it
    ("a workstation with an RTX-A6000", [("NVIDIA RTX A6000", None, None)]),
    ("on an NVIDIA RTX A6000 GPU and an A5000 card", [("NVIDIA RTX A6000", None, None), ("NVIDIA A5000", None, None)]),
    ("RTX PRO 2000 laptops and RTX PRO 4500 workstations",
     [("NVIDIA RTX PRO 2000", None, None), ("NVIDIA RTX PRO 4500", None, None)]),
    ("on a single NVIDIA L2 GPU, whose L2 cache is small", [("NVIDIA L2", 1, None)]),
    ("Xe2 GPUs, Intel Xe-LPG graphics and an Arc A770", [("Intel Xe2", None, None), ("Intel Xe-LPG", None, None),
                                                         ("Intel Arc A770", None, None)]),
    ("AMD RDNA3 GPUs and the AMD CDNA 3 architecture", [("AMD RDNA3", None, None), ("AMD CDNA 3", None, None)]),
    ("one CPU core of a Snapdragon 778G Mobile Platform", [("Qualcomm Snapdragon 778G", None, None)]),
    ("the Intel Data Center GPU Max 1550 and Intel Max Series GPUs",
     [("Intel Data Center GPU Max 1550", None, None), ("Intel Data Center GPU Max Series", None, None)]),
    # Chinese GPU makers' cards and NVIDIA's DPUs
    ("trained on hundreds of MetaX C550 GPUs", [("MetaX C550", None, None)]),
    ("on 256 MetaX C500 GPUs and Moore Threads MTT S4000 cards",
     [("MetaX C500", 256, None), ("Moore Threads MTT S4000", None, None)]),
    ("an Nvidia BlueField-3 DPU and a BlueField-2 SmartNIC",
     [("NVIDIA BlueField-3", None, None), ("NVIDIA BlueField-2", None, None)]),
    ("the C550 and S4000 steps of the schedule", []),
    # a device class after a prefix that says how many
    ("a multi-FPGA system and dual-NPU boards", [("FPGA", None, None), ("NPU", None, None)]),
    ("AMD MI250 and MI300X architectures", [("AMD MI250", None, None), ("AMD MI300X", None, None)]),
    ("Huawei Ascend 910B NPUs", [("Huawei Ascend 910B", None, None)]),
    ("Intel Xeon Platinum 8380 CPU", [("Intel Xeon Platinum 8380", None, None)]),
    # a code name between "Xeon" and the model; an E-series part keeps its version (Z533)
    ("compared to an Intel Xeon Broadwell E5-2686 v4 CPU", [("Intel Xeon E5-2686 v4", None, None)]),
    ("two Intel Xeon E5-2698 v3 processors", [("Intel Xeon E5-2698 v3", 2, None)]),
    ("the PIUMA accelerator by Intel", [("Intel PIUMA", None, None)]),
    ("Qualcomm 855", [("Qualcomm Snapdragon 855", None, None)]),
    ("the Qualcomm Cloud AI 100 Ultra accelerator", [("Qualcomm Cloud AI 100 Ultra", None, None)]),
    ("Google TPU v4 pods", [("Google TPU v4", None, None)]),
    ("TPUv3 and TPUv4", [("Google TPU v3", None, None), ("Google TPU v4", None, None)]),
    ("Apple M2 Ultra chip", [("Apple M2 Ultra", None, None)]),
    ("Apple Silicon laptops", [("Apple Silicon", None, None)]),
    ("Raspberry Pi 4 boards", [("Raspberry Pi 4", None, None)]),
    ("on an Arduino Nano 33 BLE Sense, an ESP32-S3 and an STM32F746 board",
     [("Arduino Nano 33 BLE Sense", None, None), ("Espressif ESP32-S3", None, None),
      ("STMicroelectronics STM32F746", None, None)]),
    # the vendor written before the board is part of the mention
    ("an off-the-shelf STMicroelectronics STM32 microcontroller", [("STMicroelectronics STM32", None, None)]),
    ("the Asus Tinker Edge R board", [("ASUS Tinker Edge R", None, None)]),
    # own: names written in other cases or with a hyphen, cards named by their vendor only
    ("an AMD Xilinx U55c card and two Alveo U280 FPGAs",
     [("AMD Alveo U55C", None, None), ("AMD Alveo U280", 2, None)]),
    ("a Xilinx UltraScale+ FPGA", [("Xilinx UltraScale+", None, None)]),
    ("on an AGX Orin module", [("NVIDIA Jetson AGX Orin", None, None)]),
    ("an Apple M2-Ultra workstation", [("Apple M2 Ultra", None, None)]),
    ("a DGX-spark and an NVIDIA GB10 superchip", [("NVIDIA DGX Spark", None, None), ("NVIDIA GB10", None, None)]),
    ("STM32 H7 and STM32N6 boards", [("STMicroelectronics STM32H7", None, None), ("STMicroelectronics STM32N6", None, None)]),
    ("on NVIDIA DRIVE Thor and DRIVE AGX Orin", [("NVIDIA DRIVE Thor", None, None), ("NVIDIA DRIVE AGX Orin", None, None)]),
    ("on 8 A-100 GPUs", [("NVIDIA A100", 8, None)]),
    ("on Intel Gaudi-2 and the Cerebras Wafer Scale Engine (WSE)", [("Intel Gaudi2", None, None), ("Cerebras WSE", None, None)]),
    ("custom accelerators (TPUv3/Dojo) and 16 Tesla Dojo D1 chips",
     [("Google TPU v3", None, None), ("Tesla Dojo", None, None), ("Tesla Dojo", 16, None)]),
    ("inference on Microsoft Maia 100 and Meta MTIA v2 accelerators",
     [("Microsoft Maia 100", None, None), ("Meta MTIA v2", None, None)]),
    # a slash names a second product of the same line
    ("lightweight LLMs on Raspberry Pi 4/5 and Jetson Orin/Xavier boards",
     [("Raspberry Pi 4", None, None), ("Raspberry Pi 5", None, None), ("NVIDIA Jetson Orin", None, None),
      ("NVIDIA Jetson Xavier", None, None)]),
    ("trained on TPU v4/v5e pods", [("Google TPU v4", None, None), ("Google TPU v5e", None, None)]),
    ("a Raspberry Pi 4/USB accelerator setup", [("Raspberry Pi 4", None, None)]),
    # and so does a list closed by "and"/"or"; a comma alone makes none
    ("benchmarks on Raspberry Pi 3, 4, and 5 boards",
     [("Raspberry Pi 3", None, None), ("Raspberry Pi 4", None, None), ("Raspberry Pi 5", None, None)]),
    ("on RTX 3090 and 4090 cards", [("NVIDIA RTX 3090", None, None), ("NVIDIA RTX 4090", None, None)]),
    # an ampersand joins them as "and" does
    ("the TCO of Intel (Gaudi 2 & 3) and NVIDIA (H100 & H200)",
     [("Intel Gaudi2", None, None), ("Intel Gaudi3", None, None), ("NVIDIA H100", None, None), ("NVIDIA H200", None, None)]),
    ("served on T4 & A10 GPUs", [("NVIDIA T4", None, None), ("NVIDIA A10", None, None)]),
    # a hyphenated word may tie the device word to an architecture that needs one
    ("pre-training on a single Blackwell-architecture GPU", [("NVIDIA Blackwell", 1, None)]),
    ("on Hopper-based GPUs and A100-based servers", [("NVIDIA Hopper", None, None), ("NVIDIA A100", None, None)]),
    ("the Ampere-generation design", []),
    ("a Raspberry Pi 5 with a Hailo-8L and a Hailo 10H NPU",
     [("Raspberry Pi 5", None, None), ("Hailo-8L", None, None), ("Hailo-10H", None, None)]),
    # a bare GeForce number with its tier is a card without "RTX", "GeForce" or "GPU"
    ("faster generation on 2080Ti", [("NVIDIA RTX 2080 Ti", None, None)]),
    ("measured on a 3090 Ti and two 4070 SUPER", [("NVIDIA RTX 3090 Ti", None, None), ("NVIDIA RTX 4070 SUPER", 2, None)]),
    ("trained on 1080Ti", [("NVIDIA GTX 1080 Ti", None, None)]),
    ("a Raspberry Pi 4, 8 GB of RAM and a fan", [("Raspberry Pi 4", None, None)]),
    ("we build on an FPGA which", [("FPGA", None, None)]),
    ("on-device Neural Processing Unit (NPU) offloading", [("NPU", None, None)]),
    ("on Intel® Xeon® Gold 6538N CPUs and AMD EPYC 7V13 processors",
     [("Intel Xeon Gold 6538N", None, None), ("AMD EPYC 7V13", None, None)]),
    # the vendor and device word written after a product are the product's
    ("measured on an RTX 4090 NVIDIA GPU and an A100 and NVIDIA GPUs",
     [("NVIDIA RTX 4090", None, None), ("NVIDIA A100", None, None), ("NVIDIA GPU", None, None)]),
    # the vendors of one mention in the order written
    ("NVIDIA and AMD GPUs", [("NVIDIA GPU", None, None), ("AMD GPU", None, None)]),
    ("NVIDIA Data Center GPUs", [("NVIDIA GPU", None, None)]),
    ("the mainstream CPUs and GPUs from ARM, Intel, AMD and Nvidia",
     [("ARM CPU", None, None), ("Intel CPU", None, None), ("AMD CPU", None, None), ("AMD GPU", None, None),
      ("NVIDIA GPU", None, None)]),
    ("sparse kernels for ARM and WebAssembly", [("ARM CPU", None, None)]),
    ("two HGX nodes", [("NVIDIA HGX", 2, None)]),
    # Intel's Max Series GPUs as their papers name them (Z578)
    ("OpenMP offload at the Exascale using Intel GPU Max 1550", [("Intel Data Center GPU Max 1550", None, None)]),
    ("each node contains six Intel Data Center Max Series GPUs and two Intel Xeon Max Series CPUs",
     [("Intel Data Center GPU Max Series", 6, None), ("Intel Xeon Max", 2, None)]),
    # an EPYC by its number alone, after "AMD" and before a CPU word (Z578); a Ryzen's number is no EPYC
    ("on 2 AMD MI300A APUs compared with 2 AMD 9754 CPUs", [("AMD MI300A", 2, None), ("AMD EPYC 9754", 2, None)]),
    ("dual AMD 7742 processors and an AMD 7950X CPU", [("AMD EPYC 7742", 2, None)]),
    # NXP's microcontrollers (Z594); a Xylo's generation is part of its name (Z594)
    ("implemented on the NXP MCXN947 microcontroller", [("NXP MCXN947", None, None)]),
    ("on the Xylo Audio 2 (SYNS61210) Neuromorphic processor and Xylo IMU",
     [("SynSense Xylo Audio 2", None, None), ("SynSense Xylo IMU", None, None)]),
])
def test_hardware(text, expected):
    found = [(h.entity, h.count, h.memory) for h in find_hardware(clean(text).text)]
    assert found == expected
    assert is_candidate(text, sentence_words(text)), "the pre-filter must let every hardware sentence through"


_ROWS = [row[0] for mark in test_hardware.pytestmark for row in mark.args[1]]


def _gate_open(monkeypatch) -> None:
    """Every product pattern runs, whatever words the sentence holds."""
    product_words, vendor_words, class_words = hardware._gate_words()

    class Every(frozenset):
        def isdisjoint(self, other) -> bool:
            return False

    monkeypatch.setattr(hardware, "_gate_words", lambda: (Every(product_words), vendor_words, class_words))


@pytest.mark.parametrize("text", _ROWS)
def test_a_name_standing_alone_passes_the_gate(text, monkeypatch):
    """Each name the rows find, alone in a sentence of plain words, is found with the word gate as with every
    pattern run: the gate lets through every name a pattern can match on its own ("It runs on GroqRack only.")."""
    alone = [f"It runs on {h.text} only." for h in find_hardware(clean(text).text)]
    gated = [[h.entity for h in find_hardware(s)] for s in alone]
    _gate_open(monkeypatch)
    assert gated == [[h.entity for h in find_hardware(s)] for s in alone]


@pytest.mark.parametrize("text", [
    "Cerebras Systems released a new chip", "on 920 CPUs of the cluster", "the Hopper scheduling policy",
    "on a GPU", "a single GPU", "edge devices and mobile devices", "Tensor Cores", "compared to NVIDIA's CUTLASS",
    "NVIDIA 2:4 sparsity", "8x80GB GPUs", "a single 24GB GPU", "H2O and StreamingLLM", "the mllm-NPU system",
    "GPT-4 and Llama-3.1-8B", "SSD and DRAM offloading", "in 2023 we", "T4 alone", "M2 is a variable", "the 2080 budget", "3090 Titanic passengers",
])
def test_not_hardware(text):
    assert find_hardware(text) == []
